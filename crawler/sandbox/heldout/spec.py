"""What a held-out site is before it is rendered: its spec, and what a template returns."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from random import Random
from typing import Any

from crawler.sandbox.heldout.registration import Reg
from crawler.sandbox.heldout.sheet import Sheet

LANGS = ("nl", "en", "de", "fr", "fi", "ja", "it", "sv", "pt", "es", "da", "pl")


@dataclass(frozen=True)
class Spec:
    host: str
    template: str
    category: str
    lang: str
    name: str  # the name the site goes by
    reg: Reg
    queries: tuple[str, ...]
    phones: tuple[str, ...] = ()  # numbers the site offers as its own
    quoted: tuple[str, ...] = ()  # numbers it quotes (news, forums, directories)
    brands: tuple[str, ...] = ()
    campaign: str = ""
    country: str = "NL"
    extra_hosts: tuple[str, ...] = ()
    opts: dict[str, Any] = field(default_factory=dict)
    batch: int = 1  # which site list: 1 sites.toml .. 31 sites31.toml

    def opt(self, key: str, default: Any = None) -> Any:
        return self.opts.get(key, default)


Drafts = dict[str, tuple[str, Sheet]]  # path -> (html, what it shows)
Template = Callable[[Spec, Random], Drafts]
