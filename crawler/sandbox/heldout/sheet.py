"""One page under construction: its HTML and the truth of what it shows.

Template code writes every number through `Sheet.num` (visible text) or `Sheet.hidden`
(tel: links, JSON-LD, alt text, scripts, the URL), so the labels a page carries are
exactly the numbers its bytes contain, never a list kept by hand beside them.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from crawler.sandbox.heldout import numbers


@dataclass
class Sheet:
    phones: list[str] = field(default_factory=list)
    offered: list[str] = field(default_factory=list)
    brands: set[str] = field(default_factory=set)

    def _note(self, e164: str, offered: bool) -> None:
        if e164 not in self.phones:
            self.phones.append(e164)
        if offered and e164 not in self.offered:
            self.offered.append(e164)

    def num(
        self, e164: str, style: str = "national", disguise: str | None = None, offered: bool = True
    ) -> str:
        """The number as visible text (HTML-escaped), recorded as shown on this page."""
        self._note(e164, offered)
        return html.escape(numbers.write(e164, style, disguise))

    def hidden(self, e164: str, offered: bool = True) -> str:
        """Record a number the page carries outside its text; returns E.164 for markup."""
        self._note(e164, offered)
        return e164

    def tel(self, e164: str, label: str, national: bool = False, offered: bool = True) -> str:
        """An <a href="tel:..."> around `label` (already-safe HTML)."""
        self._note(e164, offered)
        return f'<a href="{numbers.tel_href(e164, national)}">{label}</a>'

    def brand(self, *ids: str) -> None:
        self.brands.update(ids)


def esc(text: str) -> str:
    return html.escape(text, quote=True)
