"""Benchmark: enriching new domains against local RDAP and WHOIS servers with latency.

Each server answers after `latency` seconds and refuses clients faster than its rate
limit, and the limit binds: each server allows half the requests a second that the
client's concurrency could send (`SERVER_SHARE`), and the client is set a little under
it, as a user sets it to a registry's published limit. A seventh of the domains are
.com/.net, thin registries: the registry's answer names the registrar, whose answer is
one more request (RDAP `related`). A fifth are on a TLD missing from the bootstrap and go
to WHOIS. The figure is the wall time of `enrich` over the ideal: the larger of the
requests x latency / concurrency and each server's requests over its rate limit. No
rate-limit answer may occur.

    python bench/registration.py            # 1,000 domains, 200 ms
    python bench/registration.py --quick    # 200 domains, 16 at a time (the test suite's)
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.store import open_store  # noqa: E402
from crawler.sandbox.rdap import RdapServer  # noqa: E402
from crawler.sandbox.registry import RegistrationRecord  # noqa: E402
from crawler.sandbox.whois import WhoisServer  # noqa: E402
from registration.bootstrap import load_bootstrap_file  # noqa: E402
from registration.client import ClientSettings, RegistrationClient  # noqa: E402
from registration.enrich import enrich  # noqa: E402

RDAP_TLDS = ("xyz", "com", "online", "site", "net", "live", "nl")
THIN_TLDS = ("com", "net")
WHOIS_TLD = "in"  # absent from the bootstrap: the WHOIS path carries these
TARGET = 1.3
SERVER_SHARE = 0.5  # of concurrency / latency: the servers' limits bind
CLIENT_SHARE = 0.9  # of the servers' limit: what the client is set to


def _records(count: int) -> dict[str, RegistrationRecord]:
    records = {}
    for i in range(count):
        tld = WHOIS_TLD if i % 5 == 4 else RDAP_TLDS[i % len(RDAP_TLDS)]
        domain = f"helpdesk-{i:05d}.{tld}"
        privacy = (
            ("disclosed", "shielded", "not_published")[i % 3] if tld != "nl" else "not_published"
        )
        records[domain] = RegistrationRecord(
            domain=domain,
            registrar="Bench Registrar, Inc.",
            registrar_iana_id="9999",
            registrant_name="Bench Person" if privacy == "disclosed" else None,
            registrant_org=None,
            registrant_country="IN",
            privacy=privacy,
            privacy_service="Withheld for Privacy ehf" if privacy == "shielded" and i % 2 else None,
            created=date(2024, 1, 1) + timedelta(days=i % 365),
            updated=date(2024, 6, 1),
            expires=date(2025, 1, 1) + timedelta(days=i % 365),
        )
    return records


def measure(domains: int = 1000, latency: float = 0.2, concurrency: int = 32) -> float:
    """Wall time of enriching `domains` new domains over the ideal; raises on any miss."""
    records = _records(domains)
    server_rate = SERVER_SHARE * concurrency / latency
    client_rate = CLIENT_SHARE * server_rate
    rdap = RdapServer(records, latency=latency, rate_limit_per_sec=server_rate, tlds=set(RDAP_TLDS))
    whois = WhoisServer(records, latency=latency, rate_limit_per_sec=server_rate)
    with tempfile.TemporaryDirectory() as tmp, rdap.start(), whois.start():
        bootstrap = load_bootstrap_file(rdap.write_bootstrap(Path(tmp) / "dns.json"))
        settings = ClientSettings(timeout=10, rate_per_server=client_rate, burst=1)
        client = RegistrationClient(
            settings, rdap=bootstrap, whois_server=("127.0.0.1", whois.port)
        )
        db = open_store(Path(tmp) / "bench.db")
        started = time.monotonic()
        counts = enrich(db, list(records), client=client, concurrency=concurrency)
        elapsed = time.monotonic() - started
        sent = dict(db.execute(
            "SELECT source, count(*) FROM registration_attempts GROUP BY source"
        ).fetchall())  # fmt: skip
        db.close()
    thin = sum(1 for d in records if d.rsplit(".", 1)[-1] in THIN_TLDS)
    if counts["ok"] != domains or counts["rate_limited_retried"]:
        raise RuntimeError(f"benchmark run was not clean: {counts}")
    if sent.get("rdap", 0) < domains - sent.get("whois", 0) + thin:
        raise RuntimeError(f"thin registries were not followed to the registrar: {sent}")
    requests = sum(sent.values())
    ideal = max(requests * latency / concurrency, *(n / server_rate for n in sent.values()))
    print(f"# registration domains {domains}, thin {thin}, requests {sent}, "
          f"server limit {server_rate:.0f}/s, elapsed {elapsed:.2f} s, ideal {ideal:.2f} s",
          flush=True)  # fmt: skip
    return elapsed / ideal


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="200 domains instead of 1,000")
    parser.add_argument(
        "--concurrency", type=int, default=None, help="default 32 (16 with --quick)"
    )
    parser.add_argument("--latency", type=float, default=0.2)
    args = parser.parse_args()
    concurrency = args.concurrency or (16 if args.quick else 32)
    ratio = measure(200 if args.quick else 1000, args.latency, concurrency)
    print(f"figure registration_vs_ideal {ratio:.3f} target <= {TARGET}")


if __name__ == "__main__":
    main()
