"""The quarterly report: what the police draw up each quarter for their partners.

Registrations by country and registrar, brands impersonated, numbers by country and
type, domain age at detection, takedowns and their speed, and trends across quarters;
as HTML (templates/quarterly.html) with PNG charts, and as a PDF of the same charts.
Domains belong to the quarter in which they were first seen (detected).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
import sqlite_utils
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from core.clock import now_iso
from reports import charts
from reports.periods import quarter_of, quarters_back
from reports.source import DomainRow, domain_rows
from reports.stats import TREND_COLUMNS, Table, statistic

TEMPLATES = Path(__file__).resolve().parent / "templates"


@dataclass
class Section:
    """One chart with the table it was drawn from."""

    slug: str
    title: str
    table: Table
    figure: Figure
    note: str = ""
    chart: str = ""  # file name, set once saved


@dataclass
class Report:
    quarter: str
    status: str
    summary: dict[str, Any]
    sections: list[Section] = field(default_factory=list)
    html: Path | None = None
    pdf: Path | None = None


def _column(table: Table, name: str) -> list:
    return [row[name] for row in table.rows]


def _count_section(rows: list[DomainRow], by: str, title: str, note: str = "", **kw) -> Section:
    table = statistic(rows, by, **kw)
    label = table.columns[0]
    fig = charts.bars(title, _column(table, label), _column(table, "domains"), "domains")
    return Section(by, title, table, fig, note)


def _phones_section(rows: list[DomainRow], **kw: Any) -> Section:
    table = statistic(rows, "phone-type", **kw)
    countries = list(dict.fromkeys(_column(table, "phone_country")))
    series: dict[str, list[float]] = defaultdict(lambda: [0.0] * len(countries))
    for row in table.rows:
        series[row["kind"]][countries.index(row["phone_country"])] += row["numbers"]
    title = "Phone numbers by country and type"
    fig = charts.stacked(title, countries, dict(series), "distinct numbers")
    return Section("phones", title, table, fig, "Numbers that would not parse count as unknown.")


def _takedown_section(rows: list[DomainRow], by: str, column: str, **kw: Any) -> Section:
    table = statistic(rows, by, **kw)
    labels = [f"{r[column]} ({r['taken_down']})" for r in table.rows]
    days = [r["median_days_detection_to_offline"] or 0 for r in table.rows]
    title = f"Takedowns: median days from detection to offline, by {column} (count)"
    note = "From the review queue's takedown records; empty when the store has none."
    if column == "network":
        note += " Networks are address blocks (/24, /48): no ASN database is available offline."
    return Section(by, title, table, charts.bars(title, labels, days, "days"), note)


def _trend_section(rows: list[DomainRow], quarter: str, count: int, status: str) -> Section:
    table = statistic(rows, "trend", period="quarter", status=status)
    found = {row["period"]: row for row in table.rows}
    periods = quarters_back(quarter, count)
    filled = [found.get(p) or dict.fromkeys(TREND_COLUMNS, 0) | {"period": p} for p in periods]
    table = Table(list(TREND_COLUMNS), filled)
    series = {
        name: [row[name] or 0 for row in filled]
        for name in ("domains", "numbers", "dutch_numbers", "offline")
    }
    title = f"Trend over {count} quarters"
    return Section("trend", title, table, charts.lines(title, periods, series, "count"))


def build(
    rows: list[DomainRow], quarter: str, status: str = "flagged", quarters: int = 4
) -> Report:
    """The report's numbers and figures for `quarter` ("2024-Q3"); nothing written yet."""
    kw = {"status": status, "only": quarter}
    trend = _trend_section(rows, quarter, quarters, status)
    summary = next(r for r in trend.table.rows if r["period"] == quarter)
    sections = [
        _count_section(
            rows,
            "country",
            "Registrant country",
            "Privacy-shielded registrants "
            "are counted as such, never under the proxy's country; .nl and some other "
            "registries publish no registrant data.",
            **kw,
        ),
        _count_section(rows, "registrar", "Registrar", **kw),
        _count_section(rows, "tld", "Top-level domain", **kw),
        _count_section(rows, "brand", "Brands impersonated", **kw),
        _count_section(rows, "age", "Domain age at detection", **kw),
        _phones_section(rows, **kw),
        _takedown_section(rows, "takedown-registrar", "registrar", **kw),
        _takedown_section(rows, "takedown-network", "network", **kw),
        trend,
    ]
    return Report(quarter, status, summary, sections)


def latest_quarter(rows: list[DomainRow]) -> str:
    """The most recent quarter with a detection, else the current quarter."""
    quarters = [q for r in rows if (q := quarter_of(r.first_seen))]
    return max(quarters) if quarters else str(quarter_of(now_iso()))


def _render_html(report: Report, path: Path) -> None:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, undefined=jinja2.StrictUndefined
    )
    html = env.get_template("quarterly.html").render(report=report, generated=now_iso())
    path.write_text(html, encoding="utf-8")


def _render_pdf(report: Report, path: Path) -> None:
    with PdfPages(path) as pdf:
        cover = Figure(figsize=(8.27, 11.69))
        cover.text(
            0.08,
            0.92,
            f"Fake helpdesk sites: report {report.quarter}",
            fontsize=18,
            fontweight="bold",
        )
        lines = [
            f"{name.replace('_', ' ')}: {value if value is not None else '-'}"
            for name, value in report.summary.items()
            if name != "period"
        ]
        cover.text(0.08, 0.86, f"Domains: {report.status}; generated {now_iso()}", fontsize=10)
        cover.text(0.08, 0.80, "\n".join(lines), fontsize=12, va="top", linespacing=1.8)
        pdf.savefig(cover)
        for section in report.sections:
            pdf.savefig(section.figure)
        pdf.infodict()["Title"] = f"nephelpdesk quarterly report {report.quarter}"


def write(report: Report, out_dir: Path, *, pdf: bool = True) -> Report:
    """Save the charts (PNG), the HTML page and, when asked, the PDF into `out_dir`."""
    (out_dir / "charts").mkdir(parents=True, exist_ok=True)
    try:
        for section in report.sections:
            section.chart = f"charts/{section.slug}.png"
            charts.save(section.figure, str(out_dir / section.chart))
        report.html = out_dir / f"report-{report.quarter}.html"
        _render_html(report, report.html)
        if pdf:
            report.pdf = out_dir / f"report-{report.quarter}.pdf"
            _render_pdf(report, report.pdf)
    finally:
        for section in report.sections:
            charts.close(section.figure)
    return report


def render(
    db: sqlite_utils.Database,
    out_dir: Path,
    quarter: str | None = None,
    *,
    status: str = "flagged",
    quarters: int = 4,
    pdf: bool = True,
) -> Report:
    """Build and write the report for `quarter` (default: the latest with detections)."""
    rows = domain_rows(db)
    return write(build(rows, quarter or latest_quarter(rows), status, quarters), out_dir, pdf=pdf)
