"""Shared helpers of the fourth batch of held-out templates (scams4.py, legit4.py).

The wording contract is batch 3's (texts3.py: `{p0:style/disguise}`, `{h0:style}`,
`{q0:style}`, `{brand}` placeholders in each site's `opts.text`); batch 4 adds a Webflow
page shell (honest IT firms and fake helpdesks alike publish on it) and its own locker
script.
"""

from __future__ import annotations

from crawler.sandbox.heldout.sheet import esc
from crawler.sandbox.heldout.texts3 import document, json_str


def webflow(
    lang: str,
    title: str,
    site_name: str,
    links: list[tuple[str, str]],
    main: str,
    footer: str,
    body_end: str = "",
    site_id: str = "64f1a2b3c4d5e6f708192a3b",
    page_id: str = "64f1a2b3c4d5e6f708192a40",
) -> str:
    """A page in the markup of a Webflow site (w-nav, data-wf-page, website-files CDN)."""
    nav_links = "".join(f'<a href="{h}" class="nav-link w-nav-link">{esc(t)}</a>' for h, t in links)
    head = (
        f'<meta content="Webflow" name="generator">\n'
        f'<link href="https://assets-global.website-files.com/{site_id}/css/{site_name.lower().replace(" ", "-")}.webflow.css" rel="stylesheet" type="text/css">\n'
        '<script type="text/javascript">!function(o,c){var n=c.documentElement,t=" w-mod-";n.className+=t+"js",("ontouchstart"in o||o.DocumentTouch&&c instanceof DocumentTouch)&&(n.className+=t+"touch")}(window,document);</script>\n'
    )
    body = (
        f'<div data-collapse="medium" data-animation="default" data-duration="400" role="banner" class="navbar w-nav">'
        f'<div class="container w-container"><a href="/" class="brand w-nav-brand" aria-label="home">{esc(site_name)}</a>'
        f'<nav role="navigation" class="nav-menu w-nav-menu">{nav_links}</nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div></div>'
        f'<main class="main-wrapper">{main}</main>'
        f'<footer class="footer"><div class="w-layout-blockcontainer container w-container">{footer}</div></footer>'
        f'<script src="https://assets-global.website-files.com/{site_id}/js/webflow.4f2a1c9e.js" type="text/javascript"></script>{body_end}'
    )
    html = document(lang, title, body, head)
    return html.replace(
        f'<html lang="{lang}">',
        f'<html lang="{lang}" data-wf-domain="{site_name.lower().replace(" ", "")}.webflow.io" data-wf-page="{page_id}" data-wf-site="{site_id}">',
        1,
    )


def trap_js(message: str, beep: str, pushes: int = 40) -> str:
    """Batch 4's locker script: fullscreen and pointer lock on the first click, a leave
    prompt, a history trap, an alert/confirm loop and a beep once audio is allowed."""
    return (
        "<script>\n(function(){\n"
        f"  var msg={json_str(message)},n=0;\n"
        "  function grab(){var d=document.documentElement;try{d.requestFullscreen&&d.requestFullscreen();document.body.requestPointerLock&&document.body.requestPointerLock();}catch(e){}}\n"
        "  document.addEventListener('click',grab,true);document.addEventListener('keyup',grab,true);\n"
        "  window.addEventListener('beforeunload',function(e){e.preventDefault();e.returnValue=msg;return msg;});\n"
        f"  for(n=0;n<{pushes};n++){{history.pushState({{s:n}},'',location.pathname+location.search+'#'+n);}}\n"
        "  window.onpopstate=function(){history.pushState({s:n++},'',location.href);alert(msg);};\n"
        f"  var a=document.getElementById('{beep}');document.addEventListener('click',function(){{a&&a.play();}});\n"
        "  setInterval(function(){if(confirm(msg)){grab();}},4500);\n"
        "})();\n</script>"
    )
