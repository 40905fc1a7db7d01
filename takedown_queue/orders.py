"""Takedown order drafts (Dutch, art. 125p Sv) for approved cases, one per recipient.

Each registrar and each hosting provider (takedown_queue.recipients) gets its own draft
naming only the domains it can act on. A draft carries what the prosecutor filled in
(parketnummer, RC-machtiging, officer, deadline; takedown_queue.order_details), the
summary of evidence in Dutch (each reason from the Dutch text kept with its rule), the
earlier cases it is linked to, and the audit log's head, so every order witnesses the log.

The wording lives in data/order_nl.txt.j2 in a tiny line markup, rendered once to text
and then turned into HTML (escaped) or a PDF (reportlab, with an embedded font that has
the Cyrillic and accented look-alike characters an IDN domain may show).
"""

from __future__ import annotations

import functools
import io
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

import jinja2
import sqlite_utils
from markupsafe import escape

from core.clock import today_iso
from core.domains import to_unicode
from takedown_queue import audit, order_details
from takedown_queue.errors import QueueError
from takedown_queue.recipients import Recipient, orderable, recipients
from takedown_queue.views import case_detail

DATA = Path(__file__).parent / "data"
ORDERABLE = ("approved", "order_drafted", "order_sent", "offline")
BANDS_NL = {"high": "hoog", "medium": "middel", "low": "laag", "none": "geen"}
STATUS_NL = {
    "new": "nieuw",
    "in_review": "in behandeling",
    "approved": "goedgekeurd",
    "order_drafted": "bevel opgesteld",
    "order_sent": "bevel verzonden",
    "offline": "offline",
    "rejected": "afgewezen",
    "needs_info": "informatie nodig",
    "reopened": "heropend",
}


def _rule_texts() -> dict[str, tuple[str, str]]:
    """indicator -> (Dutch reason, English reason) from the scoring rules."""
    from scoring.rules import load_rules

    return {name: (r.reason_nl, r.reason) for name, r in load_rules().rules.items()}


def dutch_reasons(
    reasons: list[dict[str, Any]], texts: dict[str, tuple[str, str]]
) -> list[dict[str, Any]]:
    """Each reason in Dutch; where a rule has no Dutch text yet, its English reason with
    `fallback` set, so the order says so instead of passing English off as Dutch."""
    out = []
    for r in reasons:
        nl, en = texts.get(str(r.get("indicator")), ("", ""))
        out.append(
            {
                "text": nl or en or str(r.get("explanation") or r.get("indicator")),
                "fallback": not nl,
                "evidence": r.get("evidence"),
                "points": r.get("points"),
            }
        )
    return out


def _domain_summary(
    d: dict[str, Any], who: Recipient, texts: dict[str, tuple[str, str]]
) -> dict[str, Any]:
    score = d["score"] or {"total": 0, "band": "none", "reasons": []}
    ips = sorted({p["server_ip"] for p in d["pages"] if p["server_ip"]})
    return {
        "domain": d["domain"],
        "domain_unicode": to_unicode(d["domain"]),
        "registrar": (d["registration"] or {}).get("registrar"),
        # A hosting provider sees only its own addresses of a domain.
        "ips": ", ".join(ip for ip in ips if who.kind == "Registrar" or ip in who.ips),
        "score": score["total"],
        "band": BANDS_NL.get(score["band"], score["band"]),
        "reasons": dutch_reasons(score["reasons"], texts),
        "pages": [
            _page_record(p)
            for p in d["pages"]
            # A hosting provider sees the fetches of its own addresses only.
            if who.kind == "Registrar" or not p["server_ip"] or p["server_ip"] in who.ips
        ],
    }


IP_HOW_NL = {"connected": "verbonden", "resolved": "opgezocht via DNS, niet mee verbonden"}


def _page_record(page: dict[str, Any]) -> dict[str, Any]:
    """One fetch as the order states it: what was asked, every redirect with its status,
    where it ended, the server address and how it was found, the certificate."""
    fetch = page.get("fetch") or {}
    hops = fetch.get("hops") or []
    tls = fetch.get("tls") or {}
    return {
        "fetched_at": page["fetched_at"],
        "url": page["final_url"],
        "sha256": page["body_sha256"],
        "requested": fetch.get("requested_url") or page.get("url") or page["final_url"],
        "hops": " -> ".join(f"{h.get('status') or '?'} {h.get('url')}" for h in hops) if len(hops) > 1 else "",
        "ip": page["server_ip"] or "",
        "ip_how": IP_HOW_NL.get(fetch.get("server_ip_source") or "", "onbekend"),
        "tls": (
            f"{tls.get('subject', '?')}, uitgegeven door {tls.get('issuer', '?')}, "
            f"geldig {tls.get('not_before', '?')} tot {tls.get('not_after', '?')}"
            if tls else ""
        ),
    }


def _linked(db: sqlite_utils.Database, case: dict[str, Any], who: Recipient) -> list[dict]:
    """Earlier cases this one is linked to (once each, all reasons), with only those of
    their domains this same recipient held: never another recipient's domains."""
    earlier: dict[int, dict[str, Any]] = {}
    for link in case["linked_cases"]:
        if link["id"] >= case["id"] and link["id"] != case["linked_case_id"]:
            continue  # a later case resembling this one is not an earlier case
        entry = earlier.setdefault(
            link["id"],
            {
                "case_id": link["id"],
                "status": STATUS_NL.get(link["status"], link["status"]),
                "why": [],
            },  # fmt: skip
        )
        entry["why"].append(_why_nl(link["why"]))
    for entry in earlier.values():
        theirs = recipients(db, case_detail(db, entry["case_id"]))
        same = next((r for r in theirs if r.key == who.key), None)
        entry["domains"] = ", ".join(same.domains) if same else ""
        entry["why"] = "; ".join(dict.fromkeys(entry["why"]))
    return [earlier[k] for k in sorted(earlier)]


def _why_nl(why: str) -> str:
    if why.startswith("shares phone "):
        return "zelfde telefoonnummer " + why.removeprefix("shares phone ")
    if why == "earlier case this one resembles":
        return "zelfde paginasjabloon of telefoonnummer als deze eerdere zaak"
    return why


def _case_for_order(db: sqlite_utils.Database, case_id: int) -> dict[str, Any]:
    case = case_detail(db, case_id)
    if case["status"] not in ORDERABLE:
        raise QueueError(f"case {case_id} is {case['status']}: an order needs an approved case")
    return case


def order_recipients(db: sqlite_utils.Database, case_id: int) -> list[Recipient]:
    """The recipients of an approved case's orders, one draft each."""
    return recipients(db, _case_for_order(db, case_id))


def order_text(db: sqlite_utils.Database, case_id: int, recipient: str | None = None) -> str:
    """The draft for one recipient (its key); without a key the case must have only one."""
    case = _case_for_order(db, case_id)
    everyone = recipients(db, case)
    if recipient is None and len(everyone) == 1:
        recipient = everyone[0].key
    who = next((r for r in everyone if r.key == recipient), None)
    if who is None:
        keys = ", ".join(r.key for r in everyone) or "none"
        raise QueueError(f"case {case_id}: no recipient {recipient!r} (recipients: {keys})")
    return _render(db, case, who, everyone.index(who) + 1, len(everyone))


@functools.cache
def _environment() -> jinja2.Environment:
    # One environment: it caches the compiled template (and reloads it when the file changes).
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(DATA),
        autoescape=False,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )


def _render(
    db: sqlite_utils.Database, case: dict[str, Any], who: Recipient, number: int, total: int
) -> str:
    texts = _rule_texts()
    mine = [d for d in orderable(case["domains"]) if d["domain"] in who.domains]
    domains = [_domain_summary(d, who, texts) for d in mine]
    brands = sorted({b for b in case["brands"].split(",") if b})
    return (
        _environment()
        .get_template("order_nl.txt.j2")
        .render(
            case=case,
            today=today_iso(),
            r=who,
            number=number,
            total=total,
            domains=domains,
            fallbacks=sum(x["fallback"] for d in domains for x in d["reasons"]),
            linked=_linked(db, case, who),
            brands=", ".join(brands) or "onbekend",
            f=order_details.load(db, case["id"]),
            head=audit.head(db),
        )
    )


def _blocks(text: str) -> list[tuple[str, str]]:
    """(kind, text) per element: title, heading, item, note, para."""
    blocks: list[tuple[str, str]] = []
    para: list[str] = []
    prefixes = (("# ", "title"), ("## ", "heading"), ("- ", "item"), ("> ", "note"))
    for line in text.splitlines():
        kind = next((k for p, k in prefixes if line.startswith(p)), None)
        if kind or not line.strip():
            if para:
                blocks.append(("para", " ".join(para)))
                para = []
            if kind:
                blocks.append((kind, line.split(" ", 1)[1]))
        else:
            para.append(line.strip())
    if para:
        blocks.append(("para", " ".join(para)))
    return blocks


def order_html(db: sqlite_utils.Database, case_id: int, recipient: str | None = None) -> str:
    return html_from_text(order_text(db, case_id, recipient), case_id)


def order_pdf(db: sqlite_utils.Database, case_id: int, recipient: str | None = None) -> bytes:
    return pdf_from_text(order_text(db, case_id, recipient), case_id)


def html_from_text(order: str, case_id: int) -> str:
    tags = {"title": "h1", "heading": "h2", "item": "li", "note": "p class=note", "para": "p"}
    body: list[str] = []
    in_list = False
    for kind, text in _blocks(order):
        if (kind == "item") != in_list:  # open or close the list around consecutive items
            body.append("<ul>" if kind == "item" else "</ul>")
            in_list = kind == "item"
        tag = tags[kind]
        body.append(f"<{tag}>{escape(text)}</{tag.split()[0]}>")
    if in_list:
        body.append("</ul>")
    return (
        "<!doctype html><html lang=nl><head><meta charset=utf-8>"
        f"<title>Bevel 125p Sv - zaak {case_id}</title><style>"
        "body{font-family:'DejaVu Sans',Georgia,serif;max-width:46em;margin:2em auto;"
        "line-height:1.5}li{margin:.2em 0}.note{color:#a00;font-weight:bold}</style></head><body>"
        + "\n".join(body)
        + "</body></html>"
    )


def pdf_from_text(order: str, case_id: int) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from takedown_queue.pdf_font import styles

    style = styles()
    flow = []
    for kind, text in _blocks(order):
        prefix = "\u2022 " if kind == "item" else ""
        # Paragraph parses a small XML markup: escape so hostile values stay text.
        flow.append(Paragraph(prefix + xml_escape(text), style[kind]))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, title=f"Bevel 125p Sv - zaak {case_id}").build(flow)
    return out.getvalue()
