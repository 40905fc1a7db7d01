"""Classes found in the held-out web's thirteenth batch (moved to development, issue 14).

A hacked, years-old site (a restaurant's WordPress) carried an injected "Assistance
Microsoft" page with its own number, pointed at by a block of links hidden off-screen on
the home page. The domain's long registration history cancelled the impersonation: the
name's age speaks for its first owner, not for whoever injected the page. The hidden
link block (SEO spam) is now a page signal; with a help offer it counts, and the long
history does not.
"""

from __future__ import annotations

import pytest

from crawler.extract.page import extract_page
from crawler.sandbox.model import Page
from tests.page_world import score_world, site

HOME = """<!doctype html><html lang="fr"><head><title>Brasserie du Port – Concarneau</title>
<meta name="generator" content="WordPress 5.0.3"></head><body class="home">
<header class="site-header"><a href="/">Brasserie du Port</a><nav><a href="/menu/">La carte</a> <a href="/contact/">Contact</a></nav></header>
<main><p>Depuis 1992, moules-frites et fruits de mer face au port. Ouvert tous les jours sauf le lundi.</p>
<p>Réservations : 02 98 97 11 22</p></main><footer>© 2019 Brasserie du Port</footer>
{hidden}</body></html>"""

SPAM_BLOCK = """<div style="position:absolute; left:-10000px; top:-10000px">
<a href="/support-windows/">support windows</a> <a href="/support-windows/">numéro assistance microsoft</a>
<a href="/support-windows/">dépannage à distance</a> <a href="/support-windows/">service client outlook</a></div>"""

INJECTED = """<!doctype html><html lang="fr"><head><title>Support Windows – Assistance Microsoft 24h/24</title></head><body>
<main><article class="page"><h1>Assistance Microsoft – support Windows</h1>
<p>Windows bloqué, compte Outlook piraté, message d’erreur ? Les techniciens de l’assistance Microsoft prennent la main à distance et règlent tout pendant l’appel.</p>
<p><strong>Appelez le 09 70 19 44 61</strong> – 7j/7, appel non surtaxé.</p></article></main></body></html>"""


def _signals(html: str) -> list[str]:
    return extract_page(html.encode(), url="https://brasserie.example/", headers={}).page_signals


@pytest.mark.parametrize(
    "style",
    [
        "position:absolute;left:-9999px",
        "text-indent:-5000px;overflow:hidden",
        "font-size:0",
        "height:0;overflow:hidden",
    ],
)
def test_links_hidden_by_style_are_a_signal(style):
    links = " ".join(f'<a href="/p{n}/">page {n}</a>' for n in range(4))
    assert "hidden_links" in _signals(HOME.format(hidden=f'<div style="{style}">{links}</div>'))


def test_menus_and_skip_links_are_not():
    menu = '<ul class="sub-menu" style="display:none">' + "".join(
        f'<li><a href="/menu/{n}/">plat {n}</a></li>' for n in range(6)
    ) + "</ul>"  # fmt: skip
    skip = '<div style="position:absolute;left:-9999px"><a href="#main">contenu</a> <a href="#nav">menu</a> <a href="#footer">pied</a></div>'
    assert "hidden_links" not in _signals(HOME.format(hidden=menu + skip))
    assert "hidden_links" not in _signals(HOME.format(hidden=""))


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    hacked = site("brasserie-du-port-concarneau.fr", "scam", "fake_helpdesk", HOME.format(hidden=SPAM_BLOCK), 4700, True)
    hacked.pages["/support-windows/"] = _page("/support-windows/", INJECTED)
    # Another old restaurant site with hidden links of its own, in another scenario: no
    # help offered, so nothing counts (no shared number or layout with the first).
    casino = " ".join(f'<a href="/bonus-{n}/">casino en ligne bonus {n}</a>' for n in range(4))
    other = HOME.format(hidden=f'<div style="position:absolute;left:-10000px">{casino}</div>')
    other = other.replace("Brasserie du Port", "Crêperie du Quai").replace("02 98 97 11 22", "02 98 44 10 87")
    other = other.replace("<main>", '<main class="carte"><h2>Nos galettes</h2><ul><li>Complète</li><li>Forestière</li><li>Andouille</li></ul><table><tr><td>Cidre</td><td>4 €</td></tr></table>')
    spam_only = site("creperie-du-quai-brest.fr", "legit", "business", other, 4700, True)
    return score_world([hacked, spam_only], tmp_path_factory.mktemp("batch13"))


def _page(path: str, html: str) -> Page:
    headers = (("Content-Type", "text/html; charset=utf-8"),)
    return Page(path, headers[0][1], 200, headers, lambda: html.encode())


def test_a_helpdesk_page_injected_into_an_old_site_is_flagged(outcomes):
    row = outcomes["brasserie-du-port-concarneau.fr"]
    assert row["flagged"], row["reasons"]
    assert "hidden_link_injection" in row["reasons"]
    assert "long_registration_history" not in row["reasons"]


def test_hidden_links_alone_do_not_flag_a_site_that_offers_no_help(outcomes):
    row = outcomes["creperie-du-quai-brest.fr"]
    assert not row["flagged"]
    assert "hidden_link_injection" not in row["reasons"]
