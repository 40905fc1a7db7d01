"""Takedown order drafts (Dutch, art. 125p Sv) for approved cases, as HTML and PDF.

The wording lives in data/order_nl.txt.j2 in a tiny line markup, rendered once to text
and then turned into HTML (escaped) or a PDF (reportlab); both show the same words.
Abuse contacts come from the registration data (RDAP/WHOIS) of each domain.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape as xml_escape

import jinja2
import sqlite_utils
from markupsafe import escape

from crawler.clock import today_iso
from takedown_queue.errors import QueueError
from takedown_queue.views import case_detail

DATA = Path(__file__).parent / "data"
ORDERABLE = ("approved", "order_drafted", "order_sent", "offline")


def _recipients(domains: list[dict[str, Any]]) -> list[dict[str, str]]:
    seen: dict[tuple[str, str], dict[str, str]] = {}
    for d in domains:
        reg = d["registration"] or {}
        name = reg.get("registrar") or "registrar onbekend"
        contact = " / ".join(x for x in (reg.get("abuse_email"), reg.get("abuse_phone")) if x)
        seen.setdefault(
            ("Registrar", name),
            {
                "kind": "Registrar",
                "name": name,
                "contact": contact,
                "source": reg.get("source") or "",
            },
        )
    ips = sorted({p["server_ip"] for d in domains for p in d["pages"] if p["server_ip"]})
    for ip in ips:
        seen.setdefault(
            ("Hostingprovider", ip),
            {
                "kind": "Hostingprovider",
                "name": f"beheerder van IP-adres {ip}",
                "contact": "vast te stellen (RDAP van het IP-adres)",
                "source": "",
            },
        )
    return list(seen.values())


def _domain_summary(d: dict[str, Any]) -> dict[str, Any]:
    score = d["score"] or {"total": 0, "band": "none", "reasons": []}
    reasons = "; ".join(f"{r.get('indicator')}: {r.get('evidence')}" for r in score["reasons"])
    return {
        "domain": d["domain"],
        "domain_unicode": _unicode(d["domain"]),
        "registrar": (d["registration"] or {}).get("registrar"),
        "ips": ", ".join(sorted({p["server_ip"] for p in d["pages"] if p["server_ip"]})),
        "score": score["total"],
        "band": score["band"],
        "reasons": reasons,
        "pages": [
            {"fetched_at": p["fetched_at"], "url": p["final_url"], "sha256": p["body_sha256"]}
            for p in d["pages"]
        ],
    }


def _unicode(domain: str) -> str:
    from crawler.domains import to_unicode

    return to_unicode(domain)


def _linked(db: sqlite_utils.Database, case: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for link in case["linked_cases"]:
        for (domain,) in db.execute(
            "SELECT domain FROM case_domains WHERE case_id = ? ORDER BY domain", [link["id"]]
        ):
            out.append(
                {
                    "domain": domain,
                    "case_id": link["id"],
                    "status": link["status"],
                    "why": link["why"],
                }
            )
    return out


def order_text(db: sqlite_utils.Database, case_id: int) -> str:
    case = case_detail(db, case_id)
    if case["status"] not in ORDERABLE:
        raise QueueError(f"case {case_id} is {case['status']}: an order needs an approved case")
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(DATA),
        autoescape=False,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
    )
    brands = sorted({b for b in case["brands"].split(",") if b})
    return env.get_template("order_nl.txt.j2").render(
        case=case,
        today=today_iso(),
        recipients=_recipients(case["domains"]),
        domains=[_domain_summary(d) for d in case["domains"]],
        linked=_linked(db, case),
        brands=", ".join(brands) or "onbekend",
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


def order_html(db: sqlite_utils.Database, case_id: int) -> str:
    tags = {"title": "h1", "heading": "h2", "item": "li", "note": "p class=note", "para": "p"}
    body: list[str] = []
    in_list = False
    for kind, text in _blocks(order_text(db, case_id)):
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
        "body{font-family:Georgia,serif;max-width:46em;margin:2em auto;line-height:1.5}"
        "li{margin:.2em 0}.note{color:#a00;font-weight:bold}</style></head><body>"
        + "\n".join(body)
        + "</body></html>"
    )


def order_pdf(db: sqlite_utils.Database, case_id: int) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    style = {
        "title": styles["Title"],
        "heading": styles["Heading2"],
        "item": styles["Bullet"],
        "note": styles["Italic"],
        "para": styles["BodyText"],
    }
    flow = []
    for kind, text in _blocks(order_text(db, case_id)):
        prefix = "\u2022 " if kind == "item" else ""
        # Paragraph parses a small XML markup: escape so hostile values stay text.
        flow.append(Paragraph(prefix + xml_escape(text), style[kind]))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, title=f"Bevel 125p Sv - zaak {case_id}").build(flow)
    return out.getvalue()
