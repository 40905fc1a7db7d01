"""The evidence bundle of a case: one zip a lawyer can open, self-verifying.

Contents (names are safe: hashes, punycode domains, recipient keys):
  index.html                        Dutch index: every item, what it is, its SHA-256
  snapshots/<sha256>.html           each page as it looked, inert (no script, no network)
  snapshots/<sha256>.source.txt     the page exactly as received (its SHA-256 is the name)
  screenshots/<sha256>.png          the rendered page (render stage), renders.json its findings
  registration/<domain>-rdap.json | -whois.txt   raw registration answers
  hosting/<ip>-rdap.json            raw IP RDAP answers (the hosting provider)
  orders/<recipient>.html | .pdf    the order drafts, one per recipient (approved cases)
  auditlog.csv                      the case's audit-log rows, with the log's head
  pages.json, reasons.json, search_hits.csv, case.json
  manifest.json                     SHA-256 and size of every other file, the log's head

Snapshots are never written as the original HTML: a lawyer double-clicking a `.html`
would run the scam page's scripts. The `.html` view embeds the page in a sandboxed
frame under a Content-Security-Policy that forbids scripts and every network fetch.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import json
import zipfile
from typing import Any

import sqlite_utils

from core.clock import now_iso
from core.evidence import load_body
from takedown_queue import audit, render_view
from takedown_queue.errors import QueueError
from takedown_queue.recipients import ip_network
from takedown_queue.views import case_detail

HIT_FIELDS = ("domain", "query", "engine", "result_page", "rank", "kind", "url", "seen_at")
AUDIT_FIELDS = (
    "id",
    "at",
    "actor",
    "action",
    "case_id",
    "details",
    "why",
    "prev_hash",
    "hash",
    "mac",
)
# No script at all, nothing fetched from anywhere; inline styles and data: images only.
INERT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-src 'self'"


def _dump(data: Any) -> bytes:
    return json.dumps(data, indent=2, ensure_ascii=False, default=str).encode("utf-8")


def _hits_csv(case: dict[str, Any]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=HIT_FIELDS, extrasaction="ignore")
    writer.writeheader()
    for domain in case["domains"]:
        for hit in domain["search_hits"]:
            writer.writerow({**hit, "domain": domain["domain"]})
    return out.getvalue().encode("utf-8")


def inert_html(body: bytes, page: dict[str, Any]) -> bytes:
    """A page shown as it looked, with nothing in it able to run or reach out."""
    text = body.decode("utf-8", errors="replace")
    meta = (
        f"URL: {page['final_url']} | vastgelegd: {page['fetched_at']} | "
        f"SHA-256 van het origineel: {page['body_sha256']}"
    )
    return (
        "<!doctype html><html lang=nl><head><meta charset=utf-8>"
        f'<meta http-equiv="Content-Security-Policy" content="{INERT_CSP}">'
        f"<title>Vastlegging {html.escape(page['body_sha256'] or '')}</title></head>"
        '<body style="font-family:sans-serif;margin:1em">'
        f"<p>{html.escape(meta)}</p>"
        "<p>Weergave zonder scripts en zonder externe bestanden; het origineel staat in"
        f" {html.escape(page['body_sha256'] or '')}.source.txt.</p>"
        '<iframe sandbox="" referrerpolicy="no-referrer" style="width:100%;height:80vh;'
        f'border:1px solid #999" srcdoc="{html.escape(text, quote=True)}"></iframe>'
        "</body></html>"
    ).encode()


def _page_files(db: sqlite_utils.Database, page: dict[str, Any]) -> dict[str, tuple[bytes, str]]:
    sha = page["body_sha256"]
    body = load_body(db, sha) if sha else None
    if body is None:
        return {}
    files = {
        f"snapshots/{sha}.html": (
            inert_html(body, page),
            f"Weergave (inert) van {page['final_url']}",
        ),
        f"snapshots/{sha}.source.txt": (body, f"Pagina zoals ontvangen: {page['final_url']}"),
    }
    return files


def _registration_files(
    db: sqlite_utils.Database, domain: dict[str, Any]
) -> dict[str, tuple[bytes, str]]:
    files: dict[str, tuple[bytes, str]] = {}
    reg = domain["registration"]
    raw = load_body(db, reg["raw_sha256"]) if reg and reg["raw_sha256"] else None
    if raw is not None:
        ext = "json" if reg["source"] == "rdap" else "txt"
        name = f"registration/{domain['domain']}-{reg['source']}.{ext}"
        files[name] = (raw, f"{reg['source'].upper()}-antwoord voor {domain['domain']}")
    for ip in sorted({p["server_ip"] for p in domain["pages"] if p["server_ip"]}):
        net = ip_network(db, ip)
        answer = load_body(db, net["raw_sha256"]) if net and net["raw_sha256"] else None
        if answer is not None:
            safe = ip.replace(":", "_")  # IPv6: no colons in file names (Windows unzip)
            files[f"hosting/{safe}-rdap.json"] = (answer, f"IP-RDAP-antwoord voor {ip}")
    return files


def _order_files(db: sqlite_utils.Database, case: dict[str, Any]) -> dict[str, tuple[bytes, str]]:
    from takedown_queue import orders

    if case["status"] not in orders.ORDERABLE:
        return {}
    files: dict[str, tuple[bytes, str]] = {}
    for r in orders.order_recipients(db, case["id"]):
        what = f"Concept-bevel aan {r.kind.lower()} {r.name}"
        text = orders.order_text(db, case["id"], r.key)  # one text, two renderings
        files[f"orders/{r.key}.html"] = (orders.html_from_text(text, case["id"]).encode(), what)
        files[f"orders/{r.key}.pdf"] = (orders.pdf_from_text(text, case["id"]), what + " (PDF)")
    return files


def _audit_csv(db: sqlite_utils.Database, case_id: int) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(AUDIT_FIELDS)
    cols = ", ".join(AUDIT_FIELDS)
    writer.writerows(
        db.execute(f"SELECT {cols} FROM audit_log WHERE case_id = ? ORDER BY id", [case_id])
    )
    return out.getvalue().encode("utf-8")


def _described_files(
    db: sqlite_utils.Database, case: dict[str, Any]
) -> dict[str, tuple[bytes, str]]:
    files: dict[str, tuple[bytes, str]] = {}
    for domain in case["domains"]:
        for page in domain["pages"]:
            files.update(_page_files(db, page))
        files.update(_registration_files(db, domain))
    for name, data in render_view.bundle_files(db, case).items():  # the render stage's
        what = "Schermafbeelding van de pagina in een browser" if name.endswith(".png") else (
            "Bevindingen van de browser-weergave (schermafbeeldingen, gedrag van de pagina)")
        files[name] = (data, what)
    files.update(_order_files(db, case))
    files["auditlog.csv"] = (
        _audit_csv(db, case["id"]),
        "Uittreksel van het auditlog van deze zaak",
    )
    files["pages.json"] = (
        _dump({d["domain"]: d["pages"] for d in case["domains"]}),
        "Gegevens van elke vastlegging",
    )
    reasons = {d["domain"]: d["score"]["reasons"] if d["score"] else [] for d in case["domains"]}
    files["reasons.json"] = (_dump(reasons), "Redenen voor de score, per domeinnaam")
    files["search_hits.csv"] = (_hits_csv(case), "Zoekresultaten die tot de websites leidden")
    summary = {k: v for k, v in case.items() if k != "domains"}
    summary["domains"] = [
        {k: v for k, v in d.items() if k not in ("pages", "search_hits")} for d in case["domains"]
    ]
    files["case.json"] = (_dump(summary), "De zaak: domeinnamen, registratie, besluiten, historie")
    return files


def bundle_files(db: sqlite_utils.Database, case_id: int) -> dict[str, bytes]:
    """Every file of the bundle but the index and the manifest, by name."""
    return {
        name: data for name, (data, _) in _described_files(db, case_detail(db, case_id)).items()
    }


def index_html(
    case_id: int, files: dict[str, tuple[bytes, str]], head: audit.Head, at: str
) -> bytes:
    """The Dutch index a lawyer opens first: each item, what it is, its SHA-256."""
    rows = "".join(
        f'<tr><td><a href="{html.escape(name)}">{html.escape(name)}</a></td>'
        f"<td>{html.escape(what)}</td><td class=n>{len(data)}</td>"
        f"<td><code class=sha>{hashlib.sha256(data).hexdigest()}</code></td></tr>"
        for name, (data, what) in sorted(files.items())
    )
    chain = "sleutel-HMAC" if head.keyed else "hash (zonder sleutel)"
    return (
        "<!doctype html><html lang=nl><head><meta charset=utf-8>"
        f'<meta http-equiv="Content-Security-Policy" content="{INERT_CSP}">'
        f"<title>Bewijsbundel zaak {case_id}</title><style>body{{font-family:sans-serif;"
        "margin:2em}table{border-collapse:collapse}td,th{border-bottom:1px solid #ccc;"
        "padding:.3em .6em;text-align:left;vertical-align:top}.n{text-align:right}"
        "code{font-size:.8em}</style></head><body>"
        f"<h1>Bewijsbundel nephelpdesk-zaak {case_id}</h1>"
        f"<p>Samengesteld op {html.escape(at)}. Elk bestand hieronder staat met zijn SHA-256;"
        " controleer een bestand met <code>sha256sum BESTAND</code>. Vastleggingen (.html)"
        " zijn inert: zonder scripts en zonder externe bestanden.</p>"
        f"<p>Auditlog bij het samenstellen: regel {head.row} van {html.escape(head.at or '-')},"
        f" {chain} <code id=audit-head>{html.escape(head.value)}</code>.</p>"
        "<table><thead><tr><th>Bestand</th><th>Inhoud</th><th>Bytes</th><th>SHA-256</th>"
        f"</tr></thead><tbody>{rows}</tbody></table></body></html>"
    ).encode()


def build_bundle(db: sqlite_utils.Database, case_id: int) -> bytes:
    case = case_detail(db, case_id)
    files = _described_files(db, case)
    head, at = audit.head(db), now_iso()
    index = index_html(case_id, files, head, at)
    contents = {name: data for name, (data, _) in files.items()} | {"index.html": index}
    manifest = {
        "case_id": case_id,
        "created_at": at,
        "algorithm": "sha256",
        "audit_head": {"row": head.row, "at": head.at, "value": head.value, "keyed": head.keyed},
        "files": [
            {"name": name, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
            for name, data in sorted(contents.items())
        ],
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in sorted(contents.items()):
            archive.writestr(name, data)
        archive.writestr("manifest.json", _dump(manifest))
    return out.getvalue()


def verify_bundle(data: bytes) -> list[str]:
    """Problems found when checking a bundle against its manifest (empty: intact)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        manifest = json.loads(archive.read("manifest.json"))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise QueueError(f"not an evidence bundle: {exc}") from exc
    with archive:
        listed = {f["name"]: f["sha256"] for f in manifest["files"]}
        names = set(archive.namelist()) - {"manifest.json"}
        problems = [f"{n}: not in manifest" for n in sorted(names - set(listed))]
        problems += [f"{n}: missing" for n in sorted(set(listed) - names)]
        for name in sorted(names & set(listed)):
            if hashlib.sha256(archive.read(name)).hexdigest() != listed[name]:
                problems.append(f"{name}: hash differs")
    return problems
