"""Evidence bodies, content-addressed: each distinct body is stored once, by SHA-256."""

from __future__ import annotations

import hashlib

import sqlite_utils

DEFAULT_MAX_BODY = 5 * 1024 * 1024  # bytes kept per body; larger ones are truncated


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def store_body(db: sqlite_utils.Database, body: bytes, *, max_size: int = DEFAULT_MAX_BODY) -> str:
    """Store `body` (cut at `max_size`) unless already there; return its SHA-256.

    The hash is of the bytes kept, so the stored evidence always matches its hash.
    """
    truncated = len(body) > max_size
    kept = body[:max_size] if truncated else body
    digest = sha256_hex(kept)
    db.execute(
        "INSERT OR IGNORE INTO bodies (sha256, size, truncated, content) VALUES (?, ?, ?, ?)",
        [digest, len(kept), int(truncated), kept],
    )
    return digest


def load_body(db: sqlite_utils.Database, digest: str) -> bytes | None:
    row = db.execute("SELECT content FROM bodies WHERE sha256 = ?", [digest]).fetchone()
    return None if row is None else bytes(row[0])
