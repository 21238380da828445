"""Main's report parts (network, agreement, surveys) under the findings-chapter rules:
contents entries, report-language sheet titles, the reference list, and survey
evidence counting for the triangulation kinds."""

from __future__ import annotations

from collections import Counter

import openpyxl
from docx import Document

from analysis.stats import CodeStats
from analysis.triangulation_kinds import kind_results
from exporters.excel.workbook import write_xlsx
from exporters.options import ExportOptions
from exporters.word.report import write_docx
from importers.demo import write_demo


def test_network_chapter_is_in_the_contents_cites_provan_and_sheets_are_indonesian(
        tmp_path):
    project = write_demo(tmp_path / "demo.telaah")
    try:
        docx = write_docx(project, tmp_path / "r.docx", ExportOptions(language="id"))
        xlsx = write_xlsx(project, tmp_path / "r.xlsx", ExportOptions(language="id"))
    finally:
        project.close()
    document = Document(str(docx))
    texts = [p.text for p in document.paragraphs]
    contents = texts[texts.index("Daftar Isi") + 1:] if "Daftar Isi" in texts else texts
    assert any(t.startswith("Jejaring kolaborasi") for t in contents[:60])
    assert any(t.startswith("Provan, K. G., & Kenis, P. (2008)") for t in texts)
    actors = next(t for t in document.tables if t.rows[0].cells[0].text == "Aktor")
    sectors = {row.cells[1].text for row in actors.rows[1:]}
    assert sectors <= {"negara", "non-negara"} and sectors
    names = openpyxl.load_workbook(xlsx, read_only=True).sheetnames
    assert "Relasi" in names and "Jejaring" in names and "Ties" not in names


def test_survey_answers_alone_meet_the_kinds_they_reach():
    stats = CodeStats(code_id=1, survey_answers=4,
                      by_technique=Counter({("survey", 0): 4, ("interview", 0): 0}))
    assert not stats.segments and stats.has_evidence
    result = kind_results(None, stats, ["technique"])["technique"]
    assert result.found == ["survey"] and not result.met
    stats.by_technique[("interview", 0)] = 2
    stats.segments = 2
    assert kind_results(None, stats, ["technique"])["technique"].met
