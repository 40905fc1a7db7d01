"""A crawl killed between storing a page and recording the pivot it calls for.

The store pipeline commits a page before the pivot pipeline writes the `pivots` row of
the number it offers; a SIGKILL in between left the page stored (so the resumed run
never fetched it again) and the pivot never taken: its searches, and the sites they
find, were lost (tests/test_reliability_crash.py found it once a disguised number made
the first stored page a pivot). The resumed run now decides the pivots of the pages it
already stored, with the pivot pipeline's own rule.
"""

from __future__ import annotations

from core.store import open_store
from crawler.extract.page import extract_page
from crawler.items import PageItem
from crawler.pipelines.store import write_page
from nephelpdesk.crawl_process import recover_page_pivots
from nephelpdesk.run import RunOptions, begin_run

SCAREWARE = """<!DOCTYPE html><html lang="nl"><head><title>Windows-beveiligingswaarschuwing</title></head><body>
<h1>Uw computer is geblokkeerd</h1><p>Virus gedetecteerd. Schakel uw computer niet uit. Bel onmiddellijk Microsoft:
<b>０８８ ２０１ ５５７１</b></p><script>window.onbeforeunload=function(){return 'Niet sluiten';};
setInterval(function(){alert('Uw computer is geblokkeerd');},3000);</script></body></html>"""
SHOP = """<!DOCTYPE html><html lang="nl"><head><title>Bakkerij Molenaar</title></head><body><h1>Bakkerij Molenaar</h1>
<p>Vers brood, elke dag. Bel ons: 075 614 22 19</p></body></html>"""


def _store(db, run_id: int, url: str, html: str) -> None:
    body = html.encode()
    item = PageItem(
        url,
        url,
        200,
        {"Content-Type": "text/html"},
        [],
        body,
        "text/html",
        "2026-12-06T12:00:00+00:00",
    )
    item.extraction = extract_page(body, url=url, headers={"content-type": "text/html"})
    with db.conn:
        write_page(db, item, run_id, "2026-12-06T12:00:00+00:00")


def test_a_stored_page_whose_pivot_was_not_recorded_is_pivoted_on_resume(tmp_path):
    path = tmp_path / "store.db"
    db = open_store(path)
    run_id, _ = begin_run(db, RunOptions(urls=["http://x.nl/"]))
    _store(db, run_id, "http://uw-pc-geblokkeerd-alarm.xyz/", SCAREWARE)
    _store(db, run_id, "http://bakkerijmolenaar.nl/", SHOP)
    db.close()

    assert recover_page_pivots(str(path), run_id, limit=50) == ["+31882015571"]
    db = open_store(path)
    rows = db.execute("SELECT e164, from_domain, run_id FROM pivots").fetchall()
    db.close()
    assert rows == [("+31882015571", "uw-pc-geblokkeerd-alarm.xyz", run_id)]
    assert recover_page_pivots(str(path), run_id, limit=50) == []  # taken once
