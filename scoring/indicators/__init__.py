"""Indicators: one small module per family, each indicator a pure function.

Every indicator takes `(facts: DomainFacts, rules: Rules)` and returns a list of `Hit`
(usually zero or one): what it saw, in words, with the evidence. The scorer
(scoring.score) turns hits into points using the rule of the same name. `INDICATORS`
is the catalogue the rules file is checked against: family -> indicator names.
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import TYPE_CHECKING

from scoring.indicators import (
    compromise,
    counter,
    domain,
    helpdesk,
    impersonation,
    locker,
    lure,
    payment,
    phone,
    registration,
    scareware,
    template,
    tooling,
)
from scoring.indicators.hit import Hit

if TYPE_CHECKING:
    from scoring.facts import DomainFacts
    from scoring.rules import Rules

Indicator = Callable[["DomainFacts", "Rules"], list[Hit]]

MODULES: tuple[ModuleType, ...] = (
    domain,
    impersonation,
    helpdesk,
    scareware,
    locker,
    lure,
    payment,
    phone,
    registration,
    tooling,
    template,
    compromise,
    counter,
)

# family -> {indicator name -> function}
FUNCTIONS: dict[str, dict[str, Indicator]] = {m.FAMILY: dict(m.INDICATORS) for m in MODULES}
INDICATORS: dict[str, tuple[str, ...]] = {f: tuple(fns) for f, fns in FUNCTIONS.items()}

__all__ = ["FUNCTIONS", "INDICATORS", "Hit", "Indicator"]
