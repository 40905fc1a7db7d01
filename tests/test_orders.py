"""Takedown order drafts: one per recipient (registrar, hosting provider) naming only its
domains; Dutch, art. 125p Sv; order details; Dutch reasons; linked earlier cases; the
audit head; a PDF whose embedded font has the IDN look-alike characters."""

from __future__ import annotations

import base64
import json
import re
import zlib

import pytest
from queue_fixture import SITES, XSS, add_site, build_store

from crawler.sandbox.rdap import RdapServer
from registration.client import ClientSettings
from registration.ip_rdap import IpRdapClient, enrich_ips
from takedown_queue import audit, decisions, order_details, orders
from takedown_queue.errors import QueueError
from takedown_queue.triage import triage
from takedown_queue.users import User

PIM = User("pim", "prosecutor")
CASE1 = ("apple-support-bellen.nl", "microsoft-hulp-helpdesk.nl", "windows-storing-hulp.com")


@pytest.fixture
def db(tmp_path):
    db = build_store(tmp_path / "store.db")
    triage(db)
    yield db
    db.close()


@pytest.fixture
def hosted(db, tmp_path):
    """Case 1's three domains on three servers: two providers known by IP RDAP (the
    sandbox's RIPE and ARIN shapes), one address without an answer."""
    ips = {
        "microsoft-hulp-helpdesk.nl": "192.0.2.10",
        "windows-storing-hulp.com": "198.51.100.7",
        "apple-support-bellen.nl": "203.0.113.200",
    }
    for domain, ip in ips.items():
        db.execute("UPDATE pages SET server_ip = ? WHERE domain = ?", [ip, domain])
    db.conn.commit()
    server = RdapServer({}).start()
    try:
        boot = server.write_ip_bootstrap(tmp_path / "ip.json")
        import os

        os.environ["NEPHELPDESK_RDAP_IP_BOOTSTRAP"] = str(boot)
        fast = ClientSettings(timeout=5, retries=0, rate_per_server=100, burst=10)
        enrich_ips(db, IpRdapClient.from_env(fast))
    finally:
        os.environ.pop("NEPHELPDESK_RDAP_IP_BOOTSTRAP", None)
        server.stop()
    decisions.decide(db, 1, "approve", user=PIM, why="clear")
    return db


def by_name(db, case_id):
    return {r.name: r for r in orders.order_recipients(db, case_id)}


def test_order_needs_an_approved_case(db):
    with pytest.raises(QueueError, match="needs an approved case"):
        orders.order_html(db, 1)


def test_one_order_per_registrar_and_hosting_provider(hosted):
    found = by_name(hosted, 1)
    assert sorted(found) == [
        "Example Names Inc.",
        "Example VPS Hosting LLC",
        "Voorbeeld Hosting B.V.",
        "Voorbeeld Registrar B.V.",
        "beheerder van IP-adres 203.0.113.200",
    ]
    assert found["Voorbeeld Registrar B.V."].domains == [CASE1[0], CASE1[1]]
    assert found["Example VPS Hosting LLC"].domains == [CASE1[2]]
    assert (
        found["Voorbeeld Hosting B.V."].contact
        == "abuse@voorbeeldhosting.example / +31 20 555 0100"
    )


def test_no_recipient_sees_another_recipients_domains(hosted):
    for r in orders.order_recipients(hosted, 1):
        text = orders.order_text(hosted, 1, r.key)
        html = orders.order_html(hosted, 1, r.key)
        for domain in CASE1:
            assert (domain in text) == (domain in r.domains), (r.name, domain)
            assert (domain in html) == (domain in r.domains), (r.name, domain)
        for other in orders.order_recipients(hosted, 1):
            if other.key == r.key:
                continue
            assert other.name not in text  # nor another's name or abuse address
            assert other.contact.split(" / ")[0] not in text or other.contact == r.contact
            if r.kind == "Hostingprovider":  # a provider sees only its own addresses
                assert not set(other.ips) - set(r.ips) & set(
                    re.findall(r"\d+\.\d+\.\d+\.\d+", text)
                )


def test_unknown_hosting_provider_is_nog_vast_te_stellen(hosted):
    unknown = by_name(hosted, 1)["beheerder van IP-adres 203.0.113.200"]
    text = orders.order_text(hosted, 1, unknown.key)
    assert "Abuse-contact: nog vast te stellen" in text and "404" in text
    assert "nog vast te stellen voordat het kan worden verzonden" in text


def test_order_html_content(hosted):
    registrar = by_name(hosted, 1)["Voorbeeld Registrar B.V."]
    html = orders.order_html(hosted, 1, registrar.key)
    assert "Bevel ontoegankelijkmaking" in html and "artikel 125p" in html.lower()
    assert "abuse@apple-su-registrar.example" in html
    body_sha = hosted.execute(
        "SELECT body_sha256 FROM pages WHERE domain = 'apple-support-bellen.nl'"
    ).fetchone()[0]
    assert body_sha in html and "bevel 1 van 5" in html


def test_a_case_with_several_recipients_needs_a_key(hosted):
    with pytest.raises(QueueError, match="no recipient None"):
        orders.order_text(hosted, 1)


def test_hostile_whois_field_is_escaped_in_html_and_pdf(db):
    decisions.decide(db, 2, "approve", user=PIM, why="clear")
    [registrar, _host] = orders.order_recipients(db, 2)
    html = orders.order_html(db, 2, registrar.key)
    assert XSS not in html and "&lt;script&gt;" in html
    assert re.fullmatch(r"[a-z0-9-]+", registrar.key)  # safe in URLs and file names
    pdf = orders.order_pdf(db, 2, registrar.key)
    assert pdf.startswith(b"%PDF") and len(pdf) > 1500


def test_linked_earlier_cases_listed_once_with_this_recipients_domains_only(db):
    decisions.decide(db, 2, "reject", user=PIM, why="looked legit")
    clone = {**SITES[3], "domain": "norton-hulp-nu.nl", "url": "https://norton-hulp-nu.nl/"}
    add_site(db, 1, {**clone, "body": "<html>clone</html>"})
    triage(db)
    new_case = db.execute(
        "SELECT case_id FROM case_domains WHERE domain='norton-hulp-nu.nl'"
    ).fetchone()[0]
    decisions.decide(db, new_case, "approve", user=PIM, why="clone of a known site")
    registrar = next(r for r in orders.order_recipients(db, new_case) if r.kind == "Registrar")
    text = orders.order_text(db, new_case, registrar.key)
    linked = text.split("## Gekoppelde eerdere zaken")[1].split("## Bevel")[0]
    assert linked.count("Zaak 2 ") == 1 and "status afgewezen" in linked
    assert "zelfde telefoonnummer +31307654321" in linked
    assert "domeinnamen bij u: norton-helpdesk.online" in linked  # same registrar
    # Case 2 itself lists the later case nowhere: it is not an *earlier* case.
    decisions.decide(db, 2, "reopen", user=PIM, why="clone appeared")
    decisions.decide(db, 2, "approve", user=PIM, why="now clear")
    reg2 = next(r for r in orders.order_recipients(db, 2) if r.kind == "Registrar")
    assert "norton-hulp-nu.nl" not in orders.order_text(db, 2, reg2.key)


def test_order_details_kept_with_the_case_and_printed(hosted):
    fields = {
        "parketnummer": "13/654321-25",
        "rc_date": "2025-03-01",
        "rc_reference": "RC 25/0412",
        "officer_name": "mr. A. de Vries",
        "officer_parket": "Parket Amsterdam",
        "deadline": "2025-03-08",
    }
    order_details.save(hosted, 1, fields, user=PIM)
    assert order_details.load(hosted, 1).complete
    key = orders.order_recipients(hosted, 1)[0].key
    text = orders.order_text(hosted, 1, key)
    for value in fields.values():
        assert value in text
    assert "[nog in te vullen]" not in text
    logged = hosted.execute("SELECT actor FROM audit_log WHERE action = 'order-details'").fetchone()
    assert logged == ("pim",)


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("parketnummer", "12345", "expected e.g. 13/654321-25"),
        ("rc_date", "1 maart", "YYYY-MM-DD"),
        ("deadline", "2020-01-01", "before the RC-machtiging"),
    ],
)
def test_bad_order_details_are_one_line(db, field, value, message):
    with pytest.raises(QueueError, match=message):
        order_details.save(db, 1, {"rc_date": "2025-03-01", field: value}, user=PIM)


def test_only_a_prosecutor_fills_in_an_order(db):
    with pytest.raises(QueueError, match="needs prosecutor"):
        order_details.save(db, 1, {}, user=User("ana", "analyst"))


def test_reasons_in_dutch_from_the_rule_and_english_fallback_said_so(hosted, tmp_path, monkeypatch):
    # A rules file in which one rule (chat_widget) has no Dutch text yet.
    import re
    import shutil

    import scoring.rules as rules_module

    base = tmp_path / "rules.toml"
    text = rules_module.DEFAULT_RULES.read_text(encoding="utf-8")
    text = re.sub(r"(\[rules\.tooling\.chat_widget\][^\[]*?)reason_nl = [^\n]*\n", r"\1", text)
    base.write_text(text, encoding="utf-8")
    shutil.copy(rules_module.DEFAULT_RULES.with_name("brands.toml"), tmp_path / "brands.toml")
    monkeypatch.setattr(rules_module, "DEFAULT_RULES", base)
    override = tmp_path / "rules.local.toml"
    override.write_text(
        "[rules.phone.number_shared_with_suspicious]\n"
        'reason_nl = "Het nummer staat ook op andere verdachte websites."\n'
    )
    monkeypatch.setenv("NEPHELPDESK_RULES_OVERRIDE", str(override))
    reasons = (
        '[{"indicator": "number_shared_with_suspicious", "points": 3, "evidence": "+31851234567"},'
        ' {"indicator": "chat_widget", "points": 1, "evidence": "tawk"}]'
    )
    hosted.execute("UPDATE scores SET reasons = ? WHERE domain = ?", [reasons, CASE1[1]])
    hosted.conn.commit()
    key = by_name(hosted, 1)["Voorbeeld Hosting B.V."].key
    text = orders.order_text(hosted, 1, key)
    assert "Het nummer staat ook op andere verdachte websites. Bewijs: +31851234567" in text
    from scoring.rules import load_rules

    english = load_rules().rule("chat_widget").reason
    assert f"{english} [Engelse omschrijving: Nederlandse tekst ontbreekt]" in text
    assert "Voor 1 reden(en) is bij de regel nog geen Nederlandse tekst" in text


def test_every_order_prints_the_audit_head(hosted):
    head = audit.head(hosted)
    for r in orders.order_recipients(hosted, 1):
        assert f"regel {head.row} van {head.at}" in orders.order_text(hosted, 1, r.key)
        assert head.value in orders.order_text(hosted, 1, r.key)


def _pdf_text_maps(pdf: bytes) -> str:
    """The decoded streams of a PDF (the embedded font's ToUnicode map is one of them)."""
    out = []
    for match in re.finditer(rb"/Length (\d+)\s*>>\s*stream\r?\n", pdf):
        data = pdf[match.end() : match.end() + int(match.group(1))]
        if data.rstrip().endswith(b"~>"):  # ASCII85 before Flate, when reportlab uses it
            data = base64.a85decode(data.rstrip()[:-2].replace(b"\n", b""))
        try:
            data = zlib.decompress(data)
        except zlib.error:
            pass
        out.append(data.decode("latin-1"))
    return "\n".join(out)


def test_pdf_embeds_a_font_with_the_cyrillic_look_alike(db):
    lookalike = "miсrosoft-hulp.nl"  # the "с" is Cyrillic U+0441
    puny = lookalike.encode("idna").decode()
    site = {**SITES[0], "domain": puny, "url": f"https://{puny}/", "phone": "+31851112222"}
    add_site(db, 1, {**site, "fp": "abcdabcdabcdabcd", "body": "<html>x</html>"})
    triage(db)
    case_id = db.execute("SELECT case_id FROM case_domains WHERE domain = ?", [puny]).fetchone()[0]
    decisions.decide(db, case_id, "approve", user=PIM, why="look-alike")
    registrar = next(r for r in orders.order_recipients(db, case_id) if r.kind == "Registrar")
    assert lookalike in orders.order_text(db, case_id, registrar.key)
    pdf = orders.order_pdf(db, case_id, registrar.key)
    assert b"DejaVuSans" in pdf and b"/FontFile2" in pdf  # a TrueType font, embedded
    assert re.search(r"<[0-9a-f]+> <0441>", _pdf_text_maps(pdf), re.I), "Cyrillic с is mapped"


def test_order_states_the_fetch_record_of_each_page(hosted):
    """Issue 15: requested URL, every redirect hop with its status, the server address
    and how it was obtained, and the certificate, in the order itself."""
    hops = json.dumps([
        {"url": "http://microsoft-hulp-helpdesk.nl/", "status": 301},
        {"url": "https://microsoft-hulp-helpdesk.nl/", "status": 200},
    ])  # fmt: skip
    tls = json.dumps({"subject": "CN=microsoft-hulp-helpdesk.nl", "issuer": "CN=Example CA",
                      "not_before": "2026-11-01T00:00:00+00:00",
                      "not_after": "2027-01-30T00:00:00+00:00"})  # fmt: skip
    hosted.execute(
        "UPDATE pages SET redirect_hops = ?, tls = ?, server_ip_source = 'resolved' "
        "WHERE domain = 'microsoft-hulp-helpdesk.nl'",
        [hops, tls],
    )
    hosted.conn.commit()
    registrar = next(r for r in orders.order_recipients(hosted, 1) if r.kind == "Registrar")
    text = orders.order_text(hosted, 1, registrar.key)
    assert "Doorverwijzingen: 301 http://microsoft-hulp-helpdesk.nl/ -> 200 https://" in text
    assert "Serveradres: 192.0.2.10 (opgezocht via DNS, niet mee verbonden)" in text
    assert "Certificaat: CN=microsoft-hulp-helpdesk.nl, uitgegeven door CN=Example CA" in text
