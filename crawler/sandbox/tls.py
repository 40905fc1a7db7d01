"""The sandbox's https: a certificate authority made at start and a certificate per host.

The sandbox proxy tunnels CONNECT requests and answers inside the tunnel with a TLS
handshake for the requested site, so the crawler records a real certificate (subject,
issuer, validity) as it would on the web. Keys and certificates live only in memory and
a private temporary directory for the life of the process; nothing is trusted outside it.
"""

from __future__ import annotations

import datetime
import shutil
import ssl
import tempfile
import threading
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

CA_NAME = x509.Name([
    x509.NameAttribute(NameOID.ORGANIZATION_NAME, "nephelpdesk sandbox"),
    x509.NameAttribute(NameOID.COMMON_NAME, "nephelpdesk sandbox CA"),
])  # fmt: skip
HOST_ORGANISATION = "Sandbox Hosting"
VALID_DAYS = 90


def _pem_key(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )  # fmt: skip


class SandboxCA:
    """Signs one certificate per host on first use; hands out server-side SSL contexts."""

    def __init__(self) -> None:
        self._key = ec.generate_private_key(ec.SECP256R1())
        now = datetime.datetime.now(datetime.UTC)
        self.certificate = (
            x509.CertificateBuilder().subject_name(CA_NAME).issuer_name(CA_NAME)
            .public_key(self._key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=VALID_DAYS * 4))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .sign(self._key, hashes.SHA256())
        )  # fmt: skip
        self._dir = Path(tempfile.mkdtemp(prefix="nephelpdesk-sandbox-tls-"))
        self._contexts: dict[str, ssl.SSLContext] = {}
        self._lock = threading.Lock()

    def context_for(self, host: str) -> ssl.SSLContext:
        with self._lock:
            if host not in self._contexts:
                self._contexts[host] = self._make_context(host)
            return self._contexts[host]

    def _make_context(self, host: str) -> ssl.SSLContext:
        key = ec.generate_private_key(ec.SECP256R1())
        now = datetime.datetime.now(datetime.UTC)
        subject = x509.Name([
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, HOST_ORGANISATION),
            x509.NameAttribute(NameOID.COMMON_NAME, host),
        ])  # fmt: skip
        cert = (
            x509.CertificateBuilder().subject_name(subject).issuer_name(CA_NAME)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=VALID_DAYS))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
            .sign(self._key, hashes.SHA256())
        )  # fmt: skip
        chain = self._dir / f"{len(self._contexts)}.pem"
        chain.write_bytes(
            _pem_key(key) + cert.public_bytes(serialization.Encoding.PEM)
            + self.certificate.public_bytes(serialization.Encoding.PEM)
        )  # fmt: skip
        chain.chmod(0o600)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(chain)
        return context

    def close(self) -> None:
        shutil.rmtree(self._dir, ignore_errors=True)
