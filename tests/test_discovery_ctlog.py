"""CT log entries: RFC 6962 leaves decoded (x509 and precert), bad ones refused."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib

import pytest

from crawler.discovery.ctlog import PRECERT_ENTRY, X509_ENTRY, BadEntry, decode_leaf
from crawler.sandbox.ctlog import CtLog, _mth

START = dt.datetime(2025, 5, 1, tzinfo=dt.UTC)


@pytest.fixture(scope="module")
def log():
    log = CtLog(7, START)
    log.add(("helpdesk-microsoft.example", "www.helpdesk-microsoft.example"))
    log.add(("*.norton-renew.example", "norton-renew.example"), precert=True)
    return log


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def test_x509_entry_gives_its_san_names(log):
    entry = decode_leaf(0, b64(log.entries[0][0]))
    assert entry.entry_type == X509_ENTRY
    assert entry.names == ("helpdesk-microsoft.example", "www.helpdesk-microsoft.example")
    assert entry.timestamp_ms == int((START + dt.timedelta(minutes=1000)).timestamp() * 1000)


def test_precert_entry_is_read_from_its_tbs_certificate(log):
    entry = decode_leaf(1, b64(log.entries[1][0]))
    assert entry.entry_type == PRECERT_ENTRY
    assert entry.names == ("*.norton-renew.example", "norton-renew.example")


def test_precert_extra_data_holds_the_poisoned_precertificate(log):
    from cryptography import x509

    extra = log.entries[1][1]
    size = int.from_bytes(extra[:3], "big")
    precert = x509.load_der_x509_certificate(extra[3 : 3 + size])
    assert precert.extensions.get_extension_for_class(x509.PrecertPoison).critical


@pytest.mark.parametrize(
    "mangle",
    [
        lambda leaf: leaf[: len(leaf) // 2],  # truncated
        lambda leaf: leaf[:-3],  # extensions cut off
        lambda leaf: leaf + b"\x00",  # stray byte
        lambda leaf: b"\x01" + leaf[1:],  # unknown version
        lambda leaf: leaf[:10] + b"\x00\x07" + leaf[12:],  # unknown entry type
        lambda leaf: leaf[:15] + b"\x30\x03\x02\x01\x00" + leaf[20:],  # DER garbage
    ],
)
def test_bad_leaves_raise_bad_entry(log, mangle):
    with pytest.raises(BadEntry):
        decode_leaf(0, b64(mangle(log.entries[0][0])))


def test_leaf_input_that_is_not_base64_is_a_bad_entry():
    with pytest.raises(BadEntry):
        decode_leaf(0, "not base64 at all!")


def test_merkle_tree_hash_follows_rfc6962():
    leaves = [hashlib.sha256(b"\x00" + bytes([i])).digest() for i in range(3)]
    node = lambda a, b: hashlib.sha256(b"\x01" + a + b).digest()  # noqa: E731
    assert _mth([]) == hashlib.sha256(b"").digest()
    assert _mth(leaves[:1]) == leaves[0]
    assert _mth(leaves) == node(node(leaves[0], leaves[1]), leaves[2])


def test_mangled_leaves_only_ever_raise_bad_entry(log):
    """Hostile input: any corruption of a real leaf decodes or raises BadEntry, nothing else."""
    import random

    rng = random.Random(6962)
    leaves = [leaf for leaf, _, _ in log.entries]
    for _ in range(6000):
        leaf = bytearray(rng.choice(leaves))
        for _ in range(rng.randint(1, 6)):
            kind = rng.randrange(3)
            at = rng.randrange(len(leaf))
            if kind == 0:
                leaf[at] = rng.randrange(256)
            elif kind == 1:
                del leaf[at : at + rng.randint(1, 40)]
            else:
                leaf[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
        try:
            entry = decode_leaf(0, b64(bytes(leaf)))
        except BadEntry:
            continue
        assert all(isinstance(name, str) for name in entry.names)
