"""RFC 6962 log entries decoded: MerkleTreeLeaf -> entry type, timestamp, DNS names.

Pure functions over bytes, no I/O. A leaf is
    MerkleTreeLeaf   = version(1) leaf_type(1) TimestampedEntry
    TimestampedEntry = timestamp(8) entry_type(2) signed_entry extensions<0..2^16-1>
    signed_entry     = ASN.1Cert<1..2^24-1>                      (entry_type 0, x509)
                     | issuer_key_hash[32] TBSCertificate<1..2^24-1> (entry_type 1, precert)
Certificates are read with `cryptography`; a precertificate's TBSCertificate is wrapped
in a Certificate shell (no signature) so the same parser reads it. Anything that does
not decode raises BadEntry, which the watcher counts and skips.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass

from cryptography import x509
from cryptography.x509.oid import NameOID

X509_ENTRY = 0
PRECERT_ENTRY = 1


class BadEntry(ValueError):
    """Raised by decode_leaf when a log entry is truncated or malformed; the watcher
    counts it (ct_logs.bad_entries) and moves on to the next entry."""


@dataclass(frozen=True)
class LogEntry:
    index: int
    timestamp_ms: int
    entry_type: int  # 0 x509, 1 precert
    names: tuple[str, ...]  # DNS names (SAN, else subject CN), lowercase, as written


def _take(data: bytes, pos: int, size: int) -> tuple[bytes, int]:
    if size < 0 or pos + size > len(data):
        raise BadEntry(f"truncated: wanted {size} bytes at offset {pos} of {len(data)}")
    return data[pos : pos + size], pos + size


def _uint(data: bytes, pos: int, size: int) -> tuple[int, int]:
    raw, pos = _take(data, pos, size)
    return int.from_bytes(raw, "big"), pos


def _opaque(data: bytes, pos: int, length_bytes: int) -> tuple[bytes, int]:
    size, pos = _uint(data, pos, length_bytes)
    return _take(data, pos, size)


def _der_length(data: bytes, pos: int) -> tuple[int, int]:
    first, pos = _uint(data, pos, 1)
    if first < 0x80:
        return first, pos
    count = first & 0x7F
    if count == 0 or count > 4:
        raise BadEntry("unsupported DER length")
    return _uint(data, pos, count)


def _der_element(data: bytes, pos: int) -> tuple[bytes, int]:
    """One whole DER TLV starting at `pos`, and the offset after it."""
    start = pos
    _tag, pos = _uint(data, pos, 1)
    size, pos = _der_length(data, pos)
    _body, end = _take(data, pos, size)
    return data[start:end], end


def _der_header(tag: int, size: int) -> bytes:
    if size < 0x80:
        return bytes([tag, size])
    raw = size.to_bytes((size.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(raw)]) + raw


def certificate_from_tbs(tbs: bytes) -> x509.Certificate:
    """A Certificate shell around a TBSCertificate: its signature algorithm copied from
    the TBS, an empty signature. Enough to read names; never to verify anything."""
    if not tbs or tbs[0] != 0x30:
        raise BadEntry("precert TBSCertificate is not a DER SEQUENCE")
    _tag, pos = _uint(tbs, 0, 1)
    _size, pos = _der_length(tbs, pos)
    if pos < len(tbs) and tbs[pos] == 0xA0:  # [0] version
        _version, pos = _der_element(tbs, pos)
    _serial, pos = _der_element(tbs, pos)
    algorithm, _pos = _der_element(tbs, pos)
    body = tbs + algorithm + b"\x03\x01\x00"
    return _load(_der_header(0x30, len(body)) + body)


# What `cryptography` raises on a certificate it cannot read, besides ValueError.
CERT_ERRORS = (ValueError, x509.InvalidVersion, x509.DuplicateExtension,
               x509.UnsupportedGeneralNameType)  # fmt: skip


def _load(der: bytes) -> x509.Certificate:
    try:
        return x509.load_der_x509_certificate(der)
    except CERT_ERRORS as exc:
        raise BadEntry(f"certificate does not parse: {exc}") from exc


def dns_names(cert: x509.Certificate) -> tuple[str, ...]:
    """SAN DNS names; the subject's common name only when the certificate has no SAN."""
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName)
        names = san.value.get_values_for_type(x509.DNSName)
    except x509.ExtensionNotFound:
        names = [str(a.value) for a in cert.subject.get_attributes_for_oid(NameOID.COMMON_NAME)]
    except CERT_ERRORS as exc:  # extensions and names are read lazily, here
        raise BadEntry(f"names do not decode: {exc}") from exc
    return tuple(dict.fromkeys(n.strip().lower() for n in names if n.strip()))


def decode_leaf(index: int, leaf_b64: str) -> LogEntry:
    """One get-entries `leaf_input` -> LogEntry; raises BadEntry."""
    try:
        leaf = base64.b64decode(leaf_b64, validate=True)
    except (binascii.Error, ValueError, TypeError) as exc:
        raise BadEntry(f"leaf_input is not base64: {exc}") from exc
    version, pos = _uint(leaf, 0, 1)
    leaf_type, pos = _uint(leaf, pos, 1)
    if version != 0 or leaf_type != 0:
        raise BadEntry(f"unknown leaf version {version} / type {leaf_type}")
    timestamp, pos = _uint(leaf, pos, 8)
    entry_type, pos = _uint(leaf, pos, 2)
    if entry_type == X509_ENTRY:
        der, pos = _opaque(leaf, pos, 3)
        cert = _load(der)
    elif entry_type == PRECERT_ENTRY:
        _issuer_key_hash, pos = _take(leaf, pos, 32)
        tbs, pos = _opaque(leaf, pos, 3)
        cert = certificate_from_tbs(tbs)
    else:
        raise BadEntry(f"unknown entry_type {entry_type}")
    _extensions, pos = _opaque(leaf, pos, 2)
    if pos != len(leaf):
        raise BadEntry(f"{len(leaf) - pos} stray bytes after the entry")
    return LogEntry(index, timestamp, entry_type, dns_names(cert))


# ---- encoding, for the sandbox log and tests ----------------------------------------------


def _u24(data: bytes) -> bytes:
    return len(data).to_bytes(3, "big") + data


def encode_leaf(timestamp_ms: int, entry_type: int, der_or_tbs: bytes,
                issuer_key_hash: bytes = b"") -> bytes:  # fmt: skip
    """The MerkleTreeLeaf bytes for an x509 certificate (DER) or a precert (TBS)."""
    head = b"\x00\x00" + timestamp_ms.to_bytes(8, "big") + entry_type.to_bytes(2, "big")
    if entry_type == PRECERT_ENTRY:
        if len(issuer_key_hash) != 32:
            raise ValueError("a precert entry needs the issuer's 32-byte key hash")
        head += issuer_key_hash
    return head + _u24(der_or_tbs) + b"\x00\x00"


def encode_chain(certs: list[bytes]) -> bytes:
    """ASN.1Cert<0..2^24-1> list, as in extra_data."""
    return _u24(b"".join(_u24(c) for c in certs))
