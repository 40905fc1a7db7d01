"""One benchmark figure and its line: `figure NAME VALUE target OP LIMIT`.

Shared by bench/run.py (speed and scale) and bench/reliability.py (reliability).
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from dataclasses import dataclass

OPS: dict[str, Callable[[float, float], bool]] = {
    ">=": operator.ge,
    "<=": operator.le,
    "==": operator.eq,
}


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    op: str
    limit: float
    decimals: int | None = None  # fixed decimals (ratios); None: counts print as integers

    @property
    def met(self) -> bool:
        return OPS[self.op](self.value, self.limit)

    def line(self) -> str:
        if self.decimals is not None:
            value = f"{self.value:.{self.decimals}f}"
        elif float(self.value).is_integer():
            value = str(int(self.value))
        else:
            value = str(round(self.value, 3))
        return f"figure {self.name} {value} target {self.op} {self.limit:g}"
