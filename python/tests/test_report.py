"""Engine.report(): the reports for people through the C ABI's trynext_report are the documents
`trynext report` writes, byte for byte; PDF and unknown formats are refused with a reason; invalid
input raises InvalidAssessment as recommend() does."""

from __future__ import annotations

import pytest

import trynext
from conftest import SOURCE, run_cli

EXAMPLE = SOURCE / "examples" / "team-merger.json"


@pytest.mark.parametrize("fmt", ["html", "markdown", "text"])
def test_report_is_the_clis(engine: trynext.Engine, fmt: str) -> None:
    expected = run_cli("report", "--format", fmt, "--date", "2026-03-01", str(EXAMPLE)).stdout
    assert engine.report(EXAMPLE, format=fmt, date="2026-03-01") == expected


def test_html_report_content(engine: trynext.Engine) -> None:
    page = engine.report(EXAMPLE, date="2026-03-01")
    assert page.startswith("<!DOCTYPE html>")
    assert "Northfield merged health visiting team" in page
    assert "1 March 2026" in page
    assert page.count('<g class="factor-bar"') == 7
    assert "<script" not in page


def test_report_top(engine: trynext.Engine) -> None:
    assert engine.report(EXAMPLE, format="markdown", top=2, date="2026-03-01").count("\n## 3. ") == 0
    assert "\n## 2. " in engine.report(EXAMPLE, format="markdown", top=2, date="2026-03-01")


def test_pdf_and_unknown_formats_are_refused(engine: trynext.Engine) -> None:
    with pytest.raises(ValueError, match="PDF needs a subprocess"):
        engine.report(EXAMPLE, format="pdf")
    with pytest.raises(ValueError, match="unknown report format 'docx'"):
        engine.report(EXAMPLE, format="docx")


def test_invalid_assessment(engine: trynext.Engine) -> None:
    with pytest.raises(trynext.InvalidAssessment) as raised:
        engine.report({"team": {"headcount": -3}})
    assert raised.value.problems
