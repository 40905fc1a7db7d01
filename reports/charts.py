"""Charts for the quarterly report: matplotlib (Agg backend, no display), one figure each.

Each function takes plain labels and numbers and returns a Figure; the caller saves it
as PNG and adds it to the PDF. An empty series gives a figure saying "no data", so a
quiet quarter still renders.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import matplotlib

matplotlib.use("Agg")  # no display on servers; must precede pyplot

import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

SIZE = (8, 4.5)
COLOUR = "#1f5f8b"
PALETTE = ("#1f5f8b", "#e07b39", "#5b9e4d", "#b5464b", "#7d5ba6", "#8c8c8c", "#d4b83c")
MAX_BARS = 12
MARKERS = ("o", "s", "^", "D", "v", "P", "X")
STYLES = ("-", "--", "-.", ":")


def _figure(title: str) -> tuple[Figure, plt.Axes]:
    fig, ax = plt.subplots(figsize=SIZE, layout="constrained")
    ax.set_title(title, loc="left", fontsize=12, fontweight="bold")
    ax.spines[["top", "right"]].set_visible(False)
    return fig, ax


def _no_data(fig: Figure, ax: plt.Axes) -> Figure:
    ax.set_axis_off()
    ax.text(
        0.5,
        0.5,
        "no data for this period",
        ha="center",
        va="center",
        fontsize=12,
        color="#666666",
        transform=ax.transAxes,
    )
    return fig


def top(
    labels: Sequence[str], values: Sequence[float], limit: int = MAX_BARS
) -> tuple[list[str], list[float]]:
    """The `limit - 1` largest and the rest summed as "other", so long tails stay readable."""
    pairs = list(zip(labels, values, strict=True))
    if len(pairs) <= limit:
        return [p[0] for p in pairs], [p[1] for p in pairs]
    head, tail = pairs[: limit - 1], pairs[limit - 1 :]
    return [p[0] for p in head] + ["other"], [p[1] for p in head] + [sum(p[1] for p in tail)]


def bars(title: str, labels: Sequence[str], values: Sequence[float], unit: str) -> Figure:
    """Horizontal bars, largest on top, each labelled with its value."""
    fig, ax = _figure(title)
    if not labels:
        return _no_data(fig, ax)
    labels, values = top(labels, values)
    positions = range(len(labels))[::-1]
    drawn = ax.barh(list(positions), values, color=COLOUR)
    ax.set_yticks(list(positions), labels)
    ax.bar_label(drawn, fmt="%g", padding=3)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # no "2.5 domains"
    ax.set_xlabel(unit)
    ax.margins(x=0.12)
    return fig


def stacked(
    title: str, groups: Sequence[str], series: Mapping[str, Sequence[float]], unit: str
) -> Figure:
    """Vertical bars per group, stacked by series (numbers by country, split by kind)."""
    fig, ax = _figure(title)
    if not groups:
        return _no_data(fig, ax)
    bottom = [0.0] * len(groups)
    for n, (name, values) in enumerate(series.items()):
        ax.bar(
            list(groups), values, bottom=bottom, label=_words(name), color=PALETTE[n % len(PALETTE)]
        )
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel(unit)
    ax.legend(frameon=False, fontsize=9)
    return fig


def lines(
    title: str, periods: Sequence[str], series: Mapping[str, Sequence[float]], unit: str
) -> Figure:
    """One line per series across periods (trends across quarters)."""
    fig, ax = _figure(title)
    if not periods:
        return _no_data(fig, ax)
    for n, (name, values) in enumerate(series.items()):
        # distinct markers and dashes: equal series must stay visible when they overlap
        ax.plot(
            list(periods),
            values,
            marker=MARKERS[n % len(MARKERS)],
            label=_words(name),
            linestyle=STYLES[n % len(STYLES)],
            color=PALETTE[n % len(PALETTE)],
            markersize=7 - n,
            linewidth=2,
        )
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylabel(unit)
    ax.set_ylim(bottom=0)
    ax.legend(frameon=False, fontsize=9)
    return fig


def _words(name: str) -> str:
    return name.replace("_", " ")


def save(fig: Figure, path: str) -> None:
    fig.savefig(path, dpi=110)


def close(fig: Figure) -> None:
    plt.close(fig)
