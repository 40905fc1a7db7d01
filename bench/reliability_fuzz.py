"""Hostile and malformed input: every parser that reads what criminals (or broken
servers) write is fuzzed with hypothesis.

Inputs are real samples (sandbox pages, registry answers from tests/data/registry_samples, search
answers from tests/data/search) mutated byte- and structure-wise, random bytes and text,
deep nesting and huge strings. Each call is measured: an exception other than the
target's documented one, more than TIME_LIMIT seconds, or a traced memory peak over
MEMORY_LIMIT is a failure. Shrinking is off: failures are counted, not minimised.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
# Real registry answers shipped with the repository (each folder names its source and
# licence), so the suite runs from any clone or worktree.
SHARED_DATA = ROOT / "tests" / "data" / "registry_samples"
sys.path.insert(0, str(ROOT))

TIME_LIMIT = 2.0  # seconds per input
MEMORY_BASE = 64 * 1024 * 1024  # bytes of traced peak allowed per input...
MEMORY_PER_BYTE = 32  # ...plus this many per byte of input
HUGE = 1_000_000  # characters in the largest generated inputs


@dataclass
class FuzzResult:
    target: str
    tried: int = 0
    failures: list[str] = field(default_factory=list)
    slowest: float = 0.0
    peak: int = 0


@dataclass(frozen=True)
class Target:
    name: str
    strategy: st.SearchStrategy[Any]
    call: Callable[[Any], object]
    expected: tuple[type[BaseException], ...] = ()  # the documented "bad input" errors


# ---- samples ------------------------------------------------------------------------


@cache
def html_samples() -> tuple[bytes, ...]:
    from crawler.sandbox.scenario import load_scenario

    out = []
    for site in load_scenario().sites[:25]:
        for page in list(site.pages.values())[:2]:
            if page.ordinary:
                out.append(page.body_bytes(200_000))
    return tuple(out)


def _files(folder: Path, pattern: str) -> tuple[bytes, ...]:
    return tuple(p.read_bytes() for p in sorted(folder.glob(pattern)) if p.is_file())


def _some(name: str, samples: tuple[Any, ...]) -> tuple[Any, ...]:
    """`samples`, or one line saying which are missing (hypothesis cannot sample nothing)."""
    if not samples:
        raise SystemExit(f"error: reliability fuzz: no {name} samples found under {SHARED_DATA}")
    return samples


@cache
def rdap_samples() -> tuple[Any, ...]:
    out = []
    for raw in _files(SHARED_DATA / "rdap", "*/*.json"):
        try:
            out.append(json.loads(raw))
        except json.JSONDecodeError:
            continue  # a golden file in another format
    return _some("RDAP", tuple(out))


@cache
def whois_samples() -> tuple[str, ...]:
    raws = _files(SHARED_DATA / "whois" / "asyncwhois" / "samples", "*.txt")
    raws += _files(SHARED_DATA / "whois" / "python-whois" / "whois", "*")
    return _some("WHOIS", tuple(r.decode("utf-8", "replace") for r in raws))


@cache
def search_samples(prefix: str) -> tuple[bytes, ...]:
    return _files(ROOT / "tests" / "data" / "search", f"{prefix}*.json")


@cache
def rules_files() -> dict[str, bytes]:
    folder = ROOT / "scoring"
    return {
        name: (folder / name).read_bytes()
        for name in ("rules.toml", "brands.toml", "vocabulary.toml")
    }


# ---- strategies ---------------------------------------------------------------------


@st.composite
def mutated(draw: st.DrawFn, samples: tuple[bytes, ...]) -> bytes:
    """A real sample with a few random cuts, insertions, duplications and bit flips."""
    data = bytearray(draw(st.sampled_from(samples)))
    for _ in range(draw(st.integers(0, 8))):
        if not data:
            break
        at = draw(st.integers(0, len(data) - 1))
        op = draw(st.sampled_from(("cut", "insert", "dup", "flip", "truncate")))
        if op == "cut":
            del data[at : at + draw(st.integers(1, 200))]
        elif op == "insert":
            data[at:at] = draw(st.binary(max_size=64) | st.sampled_from(NASTY))
        elif op == "dup":
            data[at:at] = data[at : at + draw(st.integers(1, 500))] * draw(st.integers(2, 50))
        elif op == "flip":
            data[at] ^= 1 << draw(st.integers(0, 7))
        else:
            del data[at:]
    return bytes(data)


# Fragments that break naive parsers: encodings, entities, nesting, odd digits.
NASTY = (
    b"\x00", b"\xff\xfe", b"\xef\xbb\xbf", b"\xc3\x28", b"&#x0;", b"&#99999999;", b"<![CDATA[",
    b"<!--", b"<script>", b"</html>", b"\xd9\xa0\xd9\xa1\xd9\xa2", b"\xef\xbc\x90\xef\xbc\x91",
    b"+31 (0)20", b"tel:+", b"%00", b"\\u0000", b'{"a":', b"[[[[", b'<meta charset="utf-7">',
    b'<meta charset="x-unknown">', b"=\n", b"\r\r\r", b"\xe2\x80\xae",
)  # fmt: skip


@st.composite
def huge(draw: st.DrawFn, units: tuple[bytes, ...]) -> bytes:
    """One fragment repeated up to HUGE bytes: deep nesting or a giant token."""
    unit = draw(st.sampled_from(units))
    count = draw(st.integers(1, max(1, HUGE // max(1, len(unit)))))
    return unit * count


HTML_UNITS = (b"<div>", b"<b><i>", b"0", b"085 ", b"+", b"&amp;", b"<a href='/contact'>x</a>",
              b"microsoft ", b"<!--", b"\xff", b"a" * 1000)  # fmt: skip
JSON_UNITS = (b"[", b'{"a":', b"0", b'"', b"\\", b" ")
RDAP_UNITS = (*JSON_UNITS, b'{"objectClassName":"domain","ldhName":"x.nl","entities":[')


def bytes_inputs(
    samples: Callable[[], tuple[bytes, ...]], units: tuple[bytes, ...]
) -> st.SearchStrategy[bytes]:
    return st.one_of(
        st.deferred(lambda: mutated(samples())),
        st.binary(max_size=4096),
        st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass")),
        huge(units),
    )


def text_inputs(
    samples: Callable[[], tuple[bytes, ...]], units: tuple[bytes, ...]
) -> st.SearchStrategy[str]:
    return bytes_inputs(samples, units).map(lambda b: b.decode("utf-8", "replace")) | st.text(
        alphabet=st.sampled_from("0123456789 +-()./xX\u00a0\u0660\uff10 telTEL:#*"), max_size=3000
    )


def json_values() -> st.SearchStrategy[Any]:
    leaves = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40)
    return st.recursive(
        leaves,
        lambda kids: (
            st.lists(kids, max_size=5) | st.dictionaries(st.text(max_size=12), kids, max_size=5)
        ),
        max_leaves=40,
    )


@st.composite
def mutated_json(draw: st.DrawFn, samples: tuple[Any, ...]) -> Any:
    """A real answer with some subtrees replaced by random JSON (wrong types, missing
    keys, lists where objects belong)."""
    value = json.loads(json.dumps(draw(st.sampled_from(samples))))
    for _ in range(draw(st.integers(1, 6))):
        node = value
        for _depth in range(draw(st.integers(0, 6))):
            children = (
                list(node.items())
                if isinstance(node, dict)
                else list(enumerate(node))
                if isinstance(node, list)
                else []
            )
            if not children:
                break
            key, child = draw(st.sampled_from(children))
            if not isinstance(child, dict | list) or draw(st.booleans()):
                node[key] = draw(json_values())
                break
            node = child
    return value


# ---- targets ------------------------------------------------------------------------


def _phones(text: str) -> object:
    from crawler.extract.phones import find_phones, scan_phones

    find_phones([text])
    return scan_phones(text.splitlines() or [text], region_hint="BE", fallback_regions=["NL", "US"])


def _brands(text: str) -> object:
    from crawler.extract.brands import brands_in_host, find_brands

    brands_in_host(text[:300].replace(" ", "-"))
    return find_brands([text], [text[:200]])


def _html(body: bytes) -> object:
    from crawler.extract.html import decode_body, parse_html

    head = body[:40].decode("latin-1")  # a hostile charset in the header, too
    decoded = decode_body(body, {"content-type": f"text/html; charset={head}"})
    decode_body(body, {})
    return parse_html(decoded.text, "http://fuzz.example.nl/a/")


def _page(body: bytes) -> object:
    from crawler.extract.page import extract_page

    return extract_page(
        body, url="http://microsoft-hulp.example.nl/", headers={"content-type": "text/html"}
    )


def _rdap(body: bytes) -> object:
    """As the registration client reads an answer: JSON first (a body that is not JSON
    is its ValueError), then the parser."""
    from registration.client import NOT_JSON
    from registration.rdap_answer import parse_rdap

    try:
        answer = json.loads(body)
    except NOT_JSON:
        return None
    return parse_rdap(answer, "fuzz.nl")


def _whois(text: str) -> object:
    from registration.whois_text import parse_whois

    return parse_whois(text, "fuzz.nl")


def _rules(files: tuple[str, bytes]) -> object:
    """Write the rule files with one of them fuzzed, then load them."""
    from scoring.rules import load_rules

    name, content = files
    with tempfile.TemporaryDirectory(prefix="fuzz-rules-") as tmp:
        for other, data in rules_files().items():
            Path(tmp, other).write_bytes(content if other == name else data)
        return load_rules(Path(tmp) / "rules.toml", override=Path(tmp) / "none.local.toml")


def _searxng(body: bytes) -> object:
    from crawler.search.searxng import SearxngBackend

    return SearxngBackend("http://127.0.0.1:1").parse(body, 1)


def _brave(body: bytes) -> object:
    from crawler.search.brave import BraveBackend

    return BraveBackend("fuzz-key").parse(body, 2)


@st.composite
def toml_edit(draw: st.DrawFn) -> tuple[str, bytes]:
    """One rules file with lines cut, doubled, or a value replaced by a wrong one."""
    name = draw(st.sampled_from(sorted(rules_files())))
    lines = rules_files()[name].split(b"\n")
    for _ in range(draw(st.integers(1, 5))):
        at = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(("cut", "dup", "value", "bytes")))
        if op == "cut":
            del lines[at]
        elif op == "dup":
            lines.insert(at, lines[at])
        elif op == "value" and b"=" in lines[at]:
            key = lines[at].split(b"=", 1)[0]
            lines[at] = key + b"= " + draw(st.sampled_from(WRONG_VALUES))
        else:
            lines[at] = draw(st.binary(max_size=40))
    return name, b"\n".join(lines)


WRONG_VALUES = (b"-1", b"1e999", b"nan", b"inf", b'"x"', b"[]", b"{}", b"true", b'"["',
                b'"(a+)+$"', b"[1, 2]", b'["", ""]', b"{ x = 1 }", b'"../../etc/passwd"', b"0",
                b'"\\u0000"')  # fmt: skip


def targets() -> list[Target]:
    from core.errors import ConfigError
    from crawler.search.base import SearchResponseError
    from registration.record import UnusableAnswer

    text = text_inputs(html_samples, HTML_UNITS)

    def search(prefix: str) -> st.SearchStrategy[bytes]:
        samples = lambda: tuple(json.loads(b) for b in search_samples(prefix))  # noqa: E731
        return st.one_of(
            bytes_inputs(lambda: search_samples(prefix), JSON_UNITS),
            st.deferred(lambda: mutated_json(samples())).map(lambda v: json.dumps(v).encode()),
        )

    rdap = st.one_of(
        st.deferred(lambda: mutated_json(rdap_samples())).map(lambda v: json.dumps(v).encode()),
        json_values().map(lambda v: json.dumps(v).encode()),
        bytes_inputs(lambda: _files(SHARED_DATA / "rdap", "*/*.json"), RDAP_UNITS),
    )
    whois = st.one_of(
        st.deferred(lambda: mutated(tuple(s.encode() for s in whois_samples()))).map(
            lambda b: b.decode("utf-8", "replace")
        ),
        text,
    )
    return [
        Target("phones", text, _phones),
        Target("brands", text, _brands),
        Target("html", bytes_inputs(html_samples, HTML_UNITS), _html),
        Target("page", bytes_inputs(html_samples, HTML_UNITS), _page),
        Target("rdap", rdap, _rdap, (UnusableAnswer,)),
        Target("whois", whois, _whois, (UnusableAnswer,)),
        Target("rules", toml_edit(), _rules, (ConfigError,)),
        Target("searxng", search("searxng"), _searxng, (SearchResponseError,)),
        Target("brave", search("brave"), _brave, (SearchResponseError,)),
    ]


# ---- running ------------------------------------------------------------------------


def _size(value: Any) -> int:
    if isinstance(value, bytes | str):
        return len(value)
    if isinstance(value, tuple):
        return sum(_size(v) for v in value)
    return 0


def measure(target: Target, value: Any, result: FuzzResult) -> None:
    """One call under the time and memory bounds; a failure is recorded, not raised."""
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    began = time.perf_counter()
    problem = None
    try:
        target.call(value)
    except target.expected:
        pass  # the documented answer to bad input
    except Exception as exc:  # noqa: BLE001 - any other exception is what we count
        problem = f"{type(exc).__name__}: {str(exc)[:120]}"
    took = time.perf_counter() - began
    peak = tracemalloc.get_traced_memory()[1] - base
    result.tried += 1
    result.slowest, result.peak = max(result.slowest, took), max(result.peak, peak)
    if took > TIME_LIMIT:
        problem = (problem + "; " if problem else "") + f"took {took:.1f}s"
    if peak > MEMORY_BASE + MEMORY_PER_BYTE * _size(value):
        problem = (problem + "; " if problem else "") + f"peak {peak / 1e6:.0f} MB"
    if problem:
        result.failures.append(f"{problem} on input {repr(value)[:160]}")


def fuzz(target: Target, examples: int, run_seed: int) -> FuzzResult:
    result = FuzzResult(target.name)

    @seed(run_seed)
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(target.strategy)
    def check(value: Any) -> None:
        measure(target, value, result)

    tracemalloc.start()
    try:
        check()
    finally:
        tracemalloc.stop()
    return result


def fuzz_all(examples: int, run_seed: int, only: tuple[str, ...] = ()) -> list[FuzzResult]:
    return [fuzz(t, examples, run_seed) for t in targets() if not only or t.name in only]
