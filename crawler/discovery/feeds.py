"""Newly registered domain lists and zone files: the names they hold, and what is new.

An NRD list is one name a line, as the feeds ship it (`#` comments, blank lines, and a
trailing CSV column such as a date are tolerated). A zone file is read as DNS master
files are written: `$ORIGIN`, relative and absolute owner names, `;` comments, a blank
owner meaning "same as above"; the names are the owners of NS records (delegations)
below the zone's apex. Lines that are neither are counted, never silently dropped.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from core.errors import ConfigError

MAX_NAME = 253


@dataclass
class Names:
    """Names read from one file, each with the line it came from, and what was skipped."""

    path: str
    names: dict[str, int] = field(default_factory=dict)  # name -> first line number
    skipped: Counter[str] = field(default_factory=Counter)


def _lines(path: str | Path) -> Iterator[tuple[int, str]]:
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            yield from enumerate(handle, start=1)
    except FileNotFoundError:
        raise ConfigError(f"file not found: {path}") from None
    except IsADirectoryError:
        raise ConfigError(f"{path} is a directory, not a file") from None
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror or exc}") from None


def _plausible(name: str) -> bool:
    return 0 < len(name) <= MAX_NAME and "." in name and " " not in name and "/" not in name


def read_nrd(path: str | Path) -> Names:
    """Names from a newly-registered-domains list."""
    out = Names(str(path))
    for number, line in _lines(path):
        text = line.split("#", 1)[0].strip()
        if not text:
            continue
        name = text.split(",", 1)[0].split()[0].strip().rstrip(".").lower()
        if _plausible(name):
            out.names.setdefault(name, number)
        else:
            out.skipped["not a domain name"] += 1
    return out


def read_zone(path: str | Path) -> Names:
    """Delegated names (owners of NS records) in a zone file."""
    out = Names(str(path))
    origin, owner = "", ""
    for number, line in _lines(path):
        text = line.split(";", 1)[0].rstrip()
        if not text.strip():
            continue
        fields = text.split()
        if fields[0].upper() == "$ORIGIN" and len(fields) > 1:
            origin = fields[1].rstrip(".").lower()
            continue
        if fields[0].startswith("$"):
            continue  # $TTL, $INCLUDE (not followed: a zone file names no other files here)
        if not text[0].isspace():
            owner = _absolute(fields[0], origin)
            fields = fields[1:]
        if "NS" not in (f.upper() for f in fields[:4]):
            continue
        if owner and owner != origin and _plausible(owner):
            out.names.setdefault(owner, number)
        elif owner != origin:
            out.skipped["not a domain name"] += 1
    return out


def _absolute(name: str, origin: str) -> str:
    name = name.lower()
    if name == "@":
        return origin
    if name.endswith("."):
        return name.rstrip(".")
    return f"{name}.{origin}" if origin else name


def new_in_zone(old: str | Path, new: str | Path) -> Names:
    """Names delegated in `new` that `old` does not hold: the newly registered ones."""
    before, after = read_zone(old), read_zone(new)
    fresh = Names(str(new), skipped=after.skipped)
    fresh.names = {n: line for n, line in after.names.items() if n not in before.names}
    fresh.skipped["already in the old zone"] += len(after.names) - len(fresh.names)
    return fresh
