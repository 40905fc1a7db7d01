"""crawler.extract.tools: remote-access tools and chat widgets, with evidence."""

from __future__ import annotations

from crawler.extract.tools import find_chat_widgets, find_remote_tools


def test_tool_links_carry_the_url() -> None:
    links = [
        "https://download.teamviewer.com/download/TeamViewerQS.exe",
        "https://anydesk.com/nl/downloads",
        "https://www.ultraviewer.net/en/download.html",
        "https://example.nl/over-ons",
    ]
    found = {s.term: s for s in find_remote_tools(links, "")}
    assert sorted(found) == ["anydesk", "teamviewer", "ultraviewer"]
    assert found["anydesk"].via == "link"
    assert found["anydesk"].evidence == "https://anydesk.com/nl/downloads"


def test_tools_named_in_text() -> None:
    text = "Installeer Supremo Remote of RustDesk, of gebruik Quick Assist (Snelle hulp)."
    found = {s.term: s for s in find_remote_tools([], text)}
    assert sorted(found) == ["quickassist", "rustdesk", "supremo"]
    assert found["rustdesk"] == found["rustdesk"].__class__("rustdesk", "text", "RustDesk")


def test_snelle_hulp_alone_is_dutch_not_a_tool() -> None:
    assert find_remote_tools([], "Snelle hulp bij computerproblemen") == []


def test_chat_widgets_from_scripts_links_and_inline_code() -> None:
    sources = {
        "script": ["https://embed.tawk.to/5f1/default", "https://cdn.example.nl/app.js"],
        "link": ["https://wa.me/31612345678"],
        "iframe": [],
    }
    inline = (
        "window.__lc = {}; __lc.license = 1; s.src = 'https://cdn.livechatinc.com/tracking.js';"
    )
    found = {s.term: s for s in find_chat_widgets(sources, inline)}
    assert sorted(found) == ["livechat", "tawk.to", "whatsapp"]
    assert found["whatsapp"].evidence == "https://wa.me/31612345678"
    assert found["livechat"].via == "inline script" and "livechatinc" in found["livechat"].evidence


def test_nothing_found_on_a_plain_page() -> None:
    assert find_chat_widgets({"script": ["/static/app.js"]}, "console.log(1)") == []
    assert find_remote_tools(["https://example.nl/"], "Wij komen bij u thuis.") == []
