"""Accuracy of WHOIS parsing over real registry answers, per registry family, with
python-whois's parser beside it as the baseline; and the parse time of large answers.

The answers and their expected values are whois-parser's fixtures
(tests/data/registry_samples/whois-parser, see its SOURCE.md). They were split once, by a
hash of the file name, into a development part (parser tuning allowed) and a held-out
part (never read while tuning): the held-out figures are the product's.

Fields: registrar, created (date), registrant country, privacy (shielded/disclosed, see
tests/registry_fixtures.py), and the answer's state (registered, not found, reserved,
redemption, rate limited ...). A field is scored only where upstream expects a value.

A third part measures a second, independent source: likexian/whois-parser's real
answers with that parser's reviewed output (tests/data/registry_samples/whois/
likexian-whois-parser, read by tests/registry_fixtures_second.py). Its figures are
registration_second_<field>. It was held out until 2026-12-04 (first run: registrar
0.964, created 0.954, country 0.911, privacy 0.849, state 0.983); then its misses were
read and their layout classes fixed (tests/test_registration_second_classes.py), so it
is development material now and the third source below is the held-out one.

A fourth part measures a third independent source, also held out as a whole:
io-developer/php-whois's real answers with the values its TLD parsing test asserts
(tests/data/registry_samples/whois/io-developer-php-whois, read by
tests/registry_fixtures_third.py). Its figures are registration_third_<field>, with
python-whois's share beside each; upstream has no registrant country, so there is no
country figure. It has no --misses listing and no per-family table (its families hold
one or two answers each, so such a table would name each miss).

    python bench/registration_accuracy.py              # every family, both splits
    python bench/registration_accuracy.py --quick      # the summary rows only
    python bench/registration_accuracy.py --misses dev # list each miss of the dev part
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import multiprocessing.pool
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from registration import normalise as norm  # noqa: E402
from registration.record import UnusableAnswer  # noqa: E402
from registration.whois_text import parse_whois  # noqa: E402
from tests.registry_fixtures import Case, cases, same_registrar  # noqa: E402
from tests.registry_fixtures_second import SPLIT as SECOND  # noqa: E402
from tests.registry_fixtures_second import cases as second_cases  # noqa: E402
from tests.registry_fixtures_third import SPLIT as THIRD  # noqa: E402
from tests.registry_fixtures_third import cases as third_cases  # noqa: E402

FIELDS = ("registrar", "created", "country", "privacy", "state")
TARGET = 0.95
MAX_MS_PER_MB = 50.0


@dataclass
class Got:
    state: str
    registrar: str | None = None
    created: str | None = None
    country: str | None = None
    privacy: str | None = None


@dataclass
class Tally:
    hits: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    total: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def add(self, name: str, ok: bool) -> None:
        self.total[name] += 1
        self.hits[name] += int(ok)

    def share(self, name: str) -> float | None:
        return self.hits[name] / self.total[name] if self.total[name] else None

    def cell(self, name: str) -> str:
        share = self.share(name)
        return "   -  " if share is None else f"{share:6.3f}"


def ours(case: Case) -> Got:
    try:
        parsed = parse_whois(case.text, case.domain)
    except UnusableAnswer as exc:
        return Got(exc.kind)
    reg = parsed.registration
    privacy = {"shielded": "shielded", "disclosed": "disclosed"}.get(reg.privacy_state)
    return Got(parsed.state, reg.registrar, reg.created, reg.registrant_country, privacy)


BASELINE_TIMEOUT = 5.0  # seconds; python-whois's .jp regexes run for minutes on 1 kB


class Baseline:
    """python-whois in a worker process, so one runaway answer costs BASELINE_TIMEOUT
    (counted as no data) instead of the whole report."""

    def __init__(self) -> None:
        self.pool: multiprocessing.pool.Pool | None = None
        self.timeouts = 0

    def __call__(self, case: Case) -> Got:
        if self.pool is None:
            self.pool = multiprocessing.Pool(1)
        try:
            return self.pool.apply_async(baseline, (case,)).get(BASELINE_TIMEOUT)
        except multiprocessing.TimeoutError:
            self.pool.terminate()
            self.pool, self.timeouts = None, self.timeouts + 1
            return Got("timeout")

    def close(self) -> None:
        if self.pool is not None:
            self.pool.terminate()


def baseline(case: Case) -> Got:
    """python-whois's own per-TLD parser, as a user of that library would get it."""
    from whois.exceptions import PywhoisError
    from whois.parser import WhoisEntry

    try:
        entry = dict(WhoisEntry.load(case.domain, case.text))
    except PywhoisError:
        return Got("not_found")
    except Exception:  # noqa: BLE001 - the baseline's own crashes count as no data
        return Got("garbage")
    created = norm.pick_date(_as_list(entry.get("creation_date")))
    names = [norm.clean_text(entry.get(k)) for k in ("name", "org")]
    names = [n for n in names if n]
    privacy = None
    if names:
        shielded = any(norm.is_privacy_service(n) or norm.is_redacted(n) for n in names)
        privacy = "shielded" if shielded else "disclosed"
    return Got(
        "registered" if any(entry.values()) else "garbage",
        norm.registrar_name(entry.get("registrar")),
        created.isoformat() if created else None,
        norm.country_code(norm.clean_text(entry.get("country"))),
        privacy,
    )


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value] if value else []


# Upstream calls a clientHold or pendingDelete domain "registered" where we may say
# "suspended" or "redemption": a record in any of these states is right when upstream
# says registered; upstream's own redemption/suspended must be named as such.
RECORD_STATES = frozenset({"registered", "redemption", "suspended"})
# Busy and throttled are the same for the user: ask again later.
RETRY_STATES = frozenset({"rate_limited", "unavailable"})


def same_state(got: str, want: str) -> bool:
    if got == want:
        return True
    if want == "registered":
        return got in RECORD_STATES
    return got in RETRY_STATES and want in RETRY_STATES


def score(tally: Tally, case: Case, got: Got, misses: list[str] | None = None) -> None:
    checks: list[tuple[str, bool, object, object]] = [
        ("state", same_state(got.state, case.state), got.state, case.state)
    ]
    if case.state in RECORD_STATES:
        if case.registrar:
            checks.append(
                (
                    "registrar",
                    same_registrar(got.registrar, case.registrar),
                    got.registrar,
                    case.registrar,
                )
            )
        if case.created:
            checks.append(("created", got.created == case.created, got.created, case.created))
        if case.registrant_country:
            checks.append(
                (
                    "country",
                    got.country == case.registrant_country,
                    got.country,
                    case.registrant_country,
                )
            )
        if case.privacy:
            checks.append(("privacy", got.privacy == case.privacy, got.privacy, case.privacy))
    # Two promises of issue 18: every not-found answer is classed not found, and no
    # answer that holds a record is refused as unusable.
    if case.state == "not_found":
        tally.add("not_found_kept", got.state == "not_found")
    if case.state in RECORD_STATES:
        tally.add("record_kept", got.state in RECORD_STATES)
    for name, ok, value, want in checks:
        tally.add(name, ok)
        if not ok and misses is not None:
            misses.append(f"  MISS {name:9} {case.key}: got {value!r}, want {want!r}")


def accuracy(
    parse: Callable[[Case], Got], split: str | None, misses: list[str] | None = None
) -> dict[str, Tally]:
    """Tallies per family, plus "ALL". `split` "second" is the second source, whole;
    "third" the third source, whole."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    sources = {SECOND: second_cases, THIRD: third_cases}
    for case in sources[split]() if split in sources else cases(split):
        got = parse(case)
        score(tallies[case.family], case, got, misses)
        score(tallies["ALL"], case, got)
    return tallies


def parse_ms(text: str, domain: str) -> float:
    started = time.perf_counter()
    try:
        parse_whois(text, domain)
    except UnusableAnswer:
        pass
    return (time.perf_counter() - started) * 1000


def large_answers(size: int = 1 << 20) -> dict[str, tuple[str, str]]:
    """1 MB answers: real ones repeated, and shapes that make naive parsers backtrack."""
    every = cases()
    biggest = sorted(every, key=lambda c: len(c.text), reverse=True)[:3]
    shapes = {f"{c.key} repeated": (c.text, c.domain) for c in biggest}
    jprs = next((c for c in every if c.family.endswith("jp")), biggest[0])
    shapes[f"{jprs.key} repeated"] = (jprs.text, jprs.domain)
    shapes["one line, no newline"] = ("Domain Name: x" + "a" * 64, "example.com")
    shapes["dotted keys without value"] = ("Registrant Name" + "." * 200 + " \n", "example.com")
    shapes["bracketed keys"] = ("a. [Domain Name" + " " * 100 + "\n", "example.jp")
    shapes["key-like lines"] = ("Abc def ghi jkl mno pqr stu vwx yz " * 3 + ":\n", "example.com")
    return {
        name: ((text * (size // max(1, len(text)) + 1))[:size], domain)
        for name, (text, domain) in shapes.items()
    }


def timing(quick: bool) -> tuple[float, float, str]:
    """(slowest fixture ms, slowest 1 MB answer ms, which one)."""
    slowest_fixture = max(parse_ms(c.text, c.domain) for c in cases())
    worst, worst_name = 0.0, ""
    for name, (text, domain) in large_answers().items():
        # Best of a few runs: the host is shared, and a stall is not the parser's cost.
        ms = min(parse_ms(text, domain) for _ in range(3 if quick else 7))
        if ms > worst:
            worst, worst_name = ms, name
    return slowest_fixture, worst, worst_name


def print_table(
    title: str, mine: dict[str, Tally], base: dict[str, Tally], rows: list[str]
) -> None:
    print(f"\n{title}  (ours / python-whois; n = answers with an expected value)")
    print(f"{'family':16}" + "".join(f"{f:>18}" for f in FIELDS))
    for row in rows:
        cells = "".join(
            f"{mine[row].cell(f)}/{base[row].cell(f).strip():>6} n={mine[row].total[f]:<3}"
            for f in FIELDS
        )
        print(f"{row:16}{cells}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="summary rows only, one timing run")
    parser.add_argument("--misses", choices=("dev", "held-out"), help="list each miss")
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # python-whois's complaints about odd layouts
    misses: list[str] = []
    results = {}
    python_whois = Baseline()
    for split in ("dev", "held-out"):
        keep = misses if args.misses == split else None
        results[split] = (accuracy(ours, split, keep), accuracy(python_whois, split))
    second = (accuracy(ours, SECOND), accuracy(python_whois, SECOND))
    third = (accuracy(ours, THIRD), accuracy(python_whois, THIRD))
    python_whois.close()
    titles = {split: f"{split} part" for split in results}
    titles[SECOND] = "second source (likexian/whois-parser, development since 2026-12-04)"
    titles[THIRD] = "third source (io-developer/php-whois, held-out)"
    parts = {**results, SECOND: second, THIRD: third}
    if not args.quick:
        for split, (mine, base) in parts.items():
            if split == THIRD:
                continue  # one or two answers per family: a table would name each miss
            families = sorted(k for k in mine if k != "ALL")
            print_table(f"{titles[split]}, per family", mine, base, families)
    for split, (mine, base) in parts.items():
        print_table(f"{titles[split]}, all families", mine, base, ["ALL"])
    print("\n".join(misses))
    for split, (mine, base) in parts.items():
        every = mine["ALL"]
        for name in ("not_found_kept", "record_kept"):
            print(f"{split:9} {name:15} {every.hits[name]}/{every.total[name]} "
                  f"(python-whois {base['ALL'].hits[name]}/{base['ALL'].total[name]})")  # fmt: skip
    fixture_ms, worst_ms, worst_name = timing(args.quick)
    held = results["held-out"][0]["ALL"]
    print()
    for name in FIELDS:
        print(f"figure registration_heldout_{name} {held.share(name):.3f} target >= {TARGET}")
    for name in FIELDS:
        share = second[0]["ALL"].share(name)
        print(f"figure registration_second_{name} {share or 0.0:.3f} target >= {TARGET}")
    for name in FIELDS:
        share, base = third[0]["ALL"].share(name), third[1]["ALL"].share(name)
        if share is None:
            print(f"(no registration_third_{name} figure: upstream expects no value)")
            continue
        print(
            f"figure registration_third_{name} {share:.3f} target >= {TARGET}"
            f"  (python-whois {base or 0.0:.3f})"
        )
    print(
        f"python-whois ran over {BASELINE_TIMEOUT:.0f} s on {python_whois.timeouts} answers (no data)"
    )
    print(f"figure registration_slowest_fixture_ms {fixture_ms:.1f}")
    print(
        f"figure registration_parse_1mb_ms {worst_ms:.1f} target < {MAX_MS_PER_MB}"
        f"  (slowest: {worst_name})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
