"""crawler.extract.signals: scare wording, locker behaviours and page signals."""

from __future__ import annotations

from crawler.extract.page import extract_page

HTML = {"Content-Type": "text/html; charset=utf-8"}


def run(markup: str, url: str = "https://example.com/"):
    return extract_page(markup.encode("utf-8"), url=url, headers=HTML)


LOCKER = """<html lang="en"><head><title>Windows Defender Security Warning</title>
<script>
document.documentElement.requestFullscreen();
window.onbeforeunload = function () { return "Do not close"; };
setInterval(function () { alert("Your computer has been blocked. Error # 0x80070424"); }, 500);
for (var i = 0; i < 50; i++) { history.pushState({}, "", "/#" + i); }
navigator.keyboard.lock(); document.body.requestPointerLock();
var a = new Audio("alert.mp3"); a.loop = true; a.play();
</script></head>
<body oncontextmenu="return false"><h1>Access to this PC has been blocked</h1>
<p>Virus detected! Do not restart your computer. Call Microsoft Support immediately:
+1-844-444-4609 (Toll Free)</p><audio autoplay loop src="beep.mp3"></audio></body></html>"""


def test_browser_locker() -> None:
    page = run(LOCKER, "https://win-alert-1234.example.com/")
    assert {
        "windows defender security warning",
        "access to this pc has been blocked",
        "virus detected",
        "do not restart your computer",
        "call microsoft support immediately",
        "your computer has been blocked",
        "error_code",
    } <= set(page.scare_terms)
    assert set(page.locker_behaviours) >= {
        "fullscreen", "beforeunload", "alert_loop", "history_loop", "keyboard_lock",
        "pointer_lock", "autoplay_audio", "context_menu_block",
    }  # fmt: skip
    assert [p.e164 for p in page.valid_phones] == ["+18444444609"]
    data = page.to_json_dict()
    assert data["scare_terms"] == page.scare_terms
    assert data["locker_behaviours"] == page.locker_behaviours


def test_scare_wording_in_dutch_german_french_finnish() -> None:
    for text, term in [
        ("Uw computer is geblokkeerd. Bel direct!", "uw computer is geblokkeerd"),
        ("Ihr Computer wurde gesperrt", "ihr computer wurde gesperrt"),
        ("Votre ordinateur a été bloqué", "votre ordinateur a été bloqué"),
        ("Tietokoneesi on lukittu", "tietokoneesi on lukittu"),
        ("ウイルスが検出されました", "ウイルスが検出されました"),
    ]:
        assert term in run(f"<html><body><p>{text}</p></body></html>").scare_terms, text


def test_ordinary_pages_have_no_locker_signs() -> None:
    page = run(
        "<html><head><script>alert('Bedankt!'); window.print();</script></head>"
        "<body><video autoplay muted src='x.mp4'></video><p>Welkom</p></body></html>"
    )
    assert page.locker_behaviours == [] and page.scare_terms == []


def test_news_article_signals() -> None:
    page = run(
        """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
        "datePublished": "2024-03-12", "author": {"@type": "Person", "name": "A. Jansen"}}
        </script></head><body><article><h1>Nep-helpdesks</h1><time>12 maart 2024</time>
        <p>Tekst.</p><blockquote>Citaat</blockquote></article></body></html>"""
    )
    assert {"news_jsonld", "article_markup", "byline", "blockquote"} <= set(page.page_signals)


def test_forum_and_comment_signals() -> None:
    page = run(
        """<html><body><div class="post"><span class="author">a</span><p>Vraag</p></div>
        <div class="comment"><p>Antwoord 1</p></div><div class="comment"><p>Antwoord 2</p></div>
        <p>2 reacties</p><script type="application/ld+json">{"@type": "DiscussionForumPosting"}
        </script></body></html>"""
    )
    assert {"forum_markup", "comment_thread", "byline"} <= set(page.page_signals)


def test_number_directory_signal() -> None:
    rows = "".join(f"<li>085 123 45{n:02d} - 3 meldingen</li>" for n in range(6))
    page = run(f"<html><body><h1>Wie belde mij?</h1><ul>{rows}</ul></body></html>")
    assert "number_directory" in page.page_signals
    helpdesk = run("<html><body><p>Bel ons: 085 123 4567</p></body></html>")
    assert helpdesk.page_signals == []


def test_a_video_player_button_is_not_autoplay() -> None:
    page = run(
        "<html><head><script>button.onclick = function () { video.play(); };</script></head>"
        "<body><p>Film</p></body></html>"
    )
    assert page.locker_behaviours == []


def test_one_numbers_page_in_a_directory_is_a_number_report() -> None:
    """A directory's page about one number ("0800 3300214 - Rufnummer-Bewertung") is a
    report about that number, not the page's own contact."""
    body = (
        "<html lang='de'><head><title>0800 3300214 – Rufnummer-Bewertung</title></head><body>"
        "<h1>0800 3300214</h1><p>Bewertung: gefährlich. 12 Meldungen.</p>"
        "<p>Ein Techniker wollte per Fernwartung auf meinen PC.</p></body></html>"
    ).encode()
    page = extract_page(body, url="http://www.rufnummer-bewertung.de/nummer/08003300214",
                        headers={"Content-Type": "text/html"})  # fmt: skip
    assert "number_report" in page.page_signals
    shop = extract_page(b"<html><head><title>PC-Hilfe Berlin</title></head><body><p>Bewertung "
                        b"4,8 von 5. Rufen Sie an: 030 1234567</p></body></html>",
                        url="http://pc-hilfe-berlin.de/", headers={"Content-Type": "text/html"})
    assert "number_report" not in shop.page_signals
