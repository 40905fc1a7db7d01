"""The quarterly report renders with its charts; the tests open every image."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from PIL import Image
from test_reports_fixture import build_store, install_queue

from core.store import open_store
from nephelpdesk.cli import cli
from reports import quarterly
from reports.source import domain_rows


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    base = tmp_path_factory.mktemp("report")
    db = open_store(base / "s.db")
    build_store(db)
    install_queue(db)
    report = quarterly.render(db, base / "out", "2024-Q3")
    db.close()
    return report


def test_charts_are_real_images(rendered):
    out = rendered.html.parent
    html = rendered.html.read_text()
    assert len(rendered.sections) == 9
    for section in rendered.sections:
        assert f'src="{section.chart}"' in html
        with Image.open(out / section.chart) as image:
            image.verify()  # a truncated or corrupt PNG raises here
        with Image.open(out / section.chart) as image:
            assert image.format == "PNG" and image.size[0] >= 600
            # a chart, not a blank canvas: more than a handful of colours
            assert len(image.convert("RGB").getcolors(maxcolors=100_000) or []) > 20


def test_html_carries_the_quarters_numbers(rendered):
    html = rendered.html.read_text()
    assert "report 2024-Q3" in html
    assert rendered.summary["domains"] == 8 and rendered.summary["offline"] == 4
    country = next(s for s in rendered.sections if s.slug == "country")
    assert {r["registrant_country"]: r["domains"] for r in country.table.rows} == {
        "IN": 4,
        "privacy-shielded": 3,
        "not published by registry": 1,
    }
    assert re.search(r"<td>privacy-shielded</td><td class=\"num\">3</td>", html)
    assert "no ASN database" in html


def test_pdf_has_cover_and_one_page_per_chart(rendered):
    data = rendered.pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 1 + len(rendered.sections)


def test_trend_covers_the_quarters_asked(rendered):
    trend = next(s for s in rendered.sections if s.slug == "trend")
    assert [r["period"] for r in trend.table.rows] == ["2023-Q4", "2024-Q1", "2024-Q2", "2024-Q3"]
    assert [r["domains"] for r in trend.table.rows] == [0, 0, 0, 8]


def test_empty_store_renders_an_empty_report(tmp_path):
    path = tmp_path / "empty.db"
    open_store(path).close()
    result = CliRunner().invoke(
        cli,
        [
            "--db",
            str(path),
            "report",
            "--quarter",
            "2024-Q1",
            "--out",
            str(tmp_path / "o"),
            "--no-pdf",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "no domains detected in 2024-Q1" in result.stderr
    html = (tmp_path / "o" / "report-2024-Q1.html").read_text()
    assert "No domains were detected in this quarter" in html
    assert not (tmp_path / "o" / "report-2024-Q1.pdf").exists()


def test_default_quarter_is_latest_with_detections(store):
    build_store(store)
    assert quarterly.latest_quarter(domain_rows(store)) == "2024-Q4"


def test_bad_quarter_is_one_clear_line(tmp_path):
    result = CliRunner().invoke(
        cli, ["--db", str(tmp_path / "x.db"), "report", "--quarter", "2024-07"]
    )
    assert result.exit_code == 2 and "is not a quarter" in result.output
