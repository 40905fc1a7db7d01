"""The audit log's key: a secret kept outside the store that keys the hash chain.

An unkeyed SHA-256 chain only shows accidents: someone who can write the store can drop
the triggers, edit a row and recompute every later hash. With the key, each row also
carries an HMAC-SHA256 chained over the rows before it; without the key nobody can
recompute those, so `verify-log` (run by someone holding the key) sees the rewrite.

The admin creates the key file once (`nephelpdesk queue audit-key create`); its path is
$NEPHELPDESK_AUDIT_KEY, default /etc/nephelpdesk/audit.key. The file records the row
from which every row must be keyed (`keyed_from`), so wiping the MACs is seen too.
"""

from __future__ import annotations

import hmac
import json
import os
import re
import secrets
import tomllib
from dataclasses import dataclass
from hashlib import sha256
from pathlib import Path

from core.clock import now_iso
from core.errors import ConfigError

KEY_ENV = "NEPHELPDESK_AUDIT_KEY"
DEFAULT_KEY_FILE = Path("/etc/nephelpdesk/audit.key")
HEX_KEY = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class AuditKey:
    secret: bytes
    keyed_from: int  # first audit_log id that must carry a MAC
    path: Path

    def mac(self, fields: list[object], prev_mac: str) -> str:
        """HMAC of a row's fields chained to the previous row's MAC ("" before the first)."""
        payload = json.dumps([*fields, prev_mac], ensure_ascii=False, separators=(",", ":"))
        return hmac.new(self.secret, payload.encode("utf-8"), sha256).hexdigest()


def key_path() -> Path:
    return Path(os.environ.get(KEY_ENV) or DEFAULT_KEY_FILE)


_cache: dict[tuple[Path, int], AuditKey] = {}


def load_key(path: Path | None = None) -> AuditKey | None:
    """The key at `path` (default key_path()); None when there is no file there.

    A file that exists but cannot be read or is malformed is a ConfigError: writing
    unkeyed rows while a key is configured would later look like tampering.
    """
    path = path or key_path()
    try:
        stamp = path.stat().st_mtime_ns
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ConfigError(f"audit key {path}: cannot read ({exc.strerror or exc})") from exc
    if (path, stamp) in _cache:  # appends happen per action: read the file once
        return _cache[(path, stamp)]
    _cache[(path, stamp)] = key = _parse(path)
    return key


def _parse(path: Path) -> AuditKey:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"audit key {path}: cannot read ({exc.strerror or exc})") from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"audit key {path}: not a nephelpdesk key file ({exc})") from exc
    key, start = data.get("key"), data.get("keyed_from")
    if not isinstance(key, str) or not HEX_KEY.match(key):
        raise ConfigError(f"audit key {path}: key must be 64 lowercase hex characters")
    if not isinstance(start, int) or isinstance(start, bool) or start < 1:
        raise ConfigError(f"audit key {path}: keyed_from must be a row id (1 or more)")
    return AuditKey(bytes.fromhex(key), start, path)


def write_key_file(path: Path, keyed_from: int) -> AuditKey:
    """Create a new key file (owner read/write only); refuses to replace an existing one,
    since a replaced key makes every earlier MAC unverifiable."""
    secret = secrets.token_bytes(32)
    text = (
        "# nephelpdesk audit-log key. Keep it outside the store and its backups,\n"
        "# readable only by the service user; without it verify-log checks less.\n"
        f'key = "{secret.hex()}"\n'
        f"keyed_from = {keyed_from}\n"
        f'created = "{now_iso()}"\n'
    )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError as exc:
        raise ConfigError(f"audit key {path} exists already: keep it (never replace it)") from exc
    except OSError as exc:
        raise ConfigError(f"audit key {path}: cannot create ({exc.strerror or exc})") from exc
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    return AuditKey(secret, keyed_from, path)
