"""Agreement in the exports: the Word report's method chapter and the workbook sheet,
reopened with python-docx and openpyxl."""

from __future__ import annotations

import pytest
from docx import Document
from openpyxl import load_workbook

from exporters.excel.workbook import write_xlsx
from exporters.options import ExportOptions
from exporters.word.report import write_docx
from tests.team_study import X, build_team_study


@pytest.fixture
def team(tmp_path):
    project = build_team_study(tmp_path / "team.telaah")
    yield project
    project.close()


def test_the_workbook_has_an_agreement_sheet_with_unit_and_rule(team, tmp_path):
    path = write_xlsx(team, tmp_path / "team.xlsx", ExportOptions(language="en"))
    sheet = load_workbook(path, read_only=True)["Agreement"]
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0] == ["Coders", "Statistic", "Unit", "Rule", "Code", "Label", "Value"]
    kappa = next(r for r in rows if r[0] == "A – B" and r[1] == "Cohen's kappa" and r[4] == X)
    assert kappa[2] == "character" and "Cohen" in kappa[3]
    assert kappa[6] == pytest.approx(0.911, abs=1e-3)
    overall_alpha = next(r for r in rows if r[1] == "Alpha" and r[4] == "Overall")
    assert overall_alpha[6] == pytest.approx(0.640, abs=1e-3)


def test_the_word_report_method_chapter_has_the_agreement_tables(team, tmp_path):
    path = write_docx(team, tmp_path / "team.docx", ExportOptions(language="id"))
    document = Document(path)
    texts = [p.text for p in document.paragraphs]
    assert "Kesepakatan antarpengode" in texts
    assert any("Kesepakatan A – B (satuan: karakter" in t for t in texts)
    assert any("Alfa Krippendorff" in t for t in texts)
    cells = [[c.text for c in row.cells] for table in document.tables for row in table.rows]
    assert ["Keseluruhan", "", "95.0", "0.828"] in cells


def test_no_agreement_section_with_a_single_coder(project, tmp_path):
    source = project.sources.add("interview", "W", "teks wawancara")
    project.segments.add(source, project.codes.resolve(X).id, 0, 4)
    document = Document(write_docx(project, tmp_path / "one.docx"))
    assert "Kesepakatan antarpengode" not in [p.text for p in document.paragraphs]
