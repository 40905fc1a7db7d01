"""Sandbox pages that behave only in a browser (scripted.toml): the render stage's test bed.

A site with `special = "<kind>"` (a table of scripted.toml) serves that table's pages:
a phone number assembled by JavaScript, a browser locker, a popup loop, a download, a
page that never yields its main thread. Validated at load; deterministic.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

import phonenumbers

from core.errors import ConfigError
from crawler.sandbox.model import Page

SOURCE = Path(__file__).with_name("scripted.toml")
HTML = "text/html; charset=utf-8"
KIND = "scripted"  # not "ordinary": extractor accuracy checks skip these pages


def encode_number(e164: str) -> str:
    """The national digits as letters, shifted: no digit string of the number survives."""
    national = "0" + str(phonenumbers.parse(e164).national_number)
    return "".join(chr(97 + (int(d) + 3) % 10) for d in national)


@cache
def kinds() -> dict[str, Any]:
    try:
        data = tomllib.loads(SOURCE.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{SOURCE}: {exc}") from exc
    for name, kind in data.items():
        if not isinstance(kind, dict) or "/" not in kind.get("pages", {}):
            raise ConfigError(f"{SOURCE}: {name}: needs pages with a '/' page")
        number = kind.get("number")
        if number is not None and not phonenumbers.is_valid_number(phonenumbers.parse(number)):
            raise ConfigError(f"{SOURCE}: {name}.number: {number!r} is not a valid number")
    return data


def number_of(kind: str) -> str | None:
    """The number a kind's page shows once its script ran (E.164), if any."""
    return kinds()[kind].get("number")


def page(kind: str, path: str) -> Page | None:
    spec = kinds()[kind]["pages"].get(path)
    if spec is None:
        return None
    number = number_of(kind)
    body = spec.get("html", "")
    if number:
        body = body.replace("{{number_code}}", encode_number(number))
    headers: list[tuple[str, str]] = []
    if "location" in spec:
        headers.append(("Location", spec["location"]))
    if "disposition" in spec:
        headers.append(("Content-Disposition", spec["disposition"]))
    data = body.encode("utf-8")
    shows = (number,) if number and "{{number_code}}" in spec.get("html", "") else ()
    return Page(
        path=path, content_type=spec.get("content_type", HTML), status=spec.get("status", 200),
        headers=tuple(headers), render=lambda: data, phones=shows, offered=shows, kind=KIND,
    )  # fmt: skip
